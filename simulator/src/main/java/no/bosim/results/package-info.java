/**
 * Results: the output contract of a run (timeseries.csv, municipalities.csv, alerts.csv,
 * manifest.json), its CSV dialects and the safe, atomic writing of an output folder. Charts and
 * comparisons read these files, never the simulator's internals; columns are only ever added.
 */
package no.bosim.results;

/**
 * Charts and the briefing pack. Everything here reads a run's output folder (timeseries.csv,
 * municipalities.csv, alerts.csv, costs.csv, manifest.json) and nothing else, so any run, old or
 * new, can be drawn again. Norwegian labels and number format by default, English on request.
 */
package no.bosim.charts;

/**
 * Scenarios: the YAML scenario format, its CSV series, dated parameters with their sources, and
 * the real reference data shipped with bosim. Loading reports every problem it finds with file,
 * line and field; nothing here knows about the simulator or the rules.
 */
package no.bosim.scenario;

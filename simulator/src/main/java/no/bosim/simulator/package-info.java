/**
 * The monthly clock: arrivals, case processing, waiting, settlement and reception, in whole
 * people, in a fixed phase order (see {@link no.bosim.simulator.Simulation}). Decisions of policy
 * come from a {@link no.bosim.rules.Policy}; the simulator applies them and keeps the books.
 * Headless: never imports picocli or JFreeChart.
 */
package no.bosim.simulator;

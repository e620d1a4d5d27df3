/**
 * Ensembles: many seeded runs of one scenario, in parallel, reduced to per-month percentiles of
 * the main series and the probability per month that each warning fires. The result depends on
 * the seed and the number of runs only, never on the number of threads.
 */
package no.bosim.ensemble;

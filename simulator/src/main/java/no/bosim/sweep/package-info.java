/**
 * Sensitivity sweeps: which assumptions a projection hangs on. A design places points in the
 * space of the sweep's inputs ({@link no.bosim.sweep.Design}); each point is the scenario with its
 * inputs set, run as a small ensemble ({@link no.bosim.sweep.PointRunner}) with the same seeds at
 * every point; the points' summaries give tornado swings, Sobol' indices
 * ({@link no.bosim.sweep.SobolIndices}) or grids. The local runner keeps a journal so a killed sweep
 * continues where it stopped; the Spark runner (module {@code spark}, profile {@code -Pspark}) runs the
 * same points on a cluster and gives the same bytes.
 */
package no.bosim.sweep;

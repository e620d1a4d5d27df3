/**
 * {@code bosim serve}: the what-if page for the committee room. One warm JVM with the rules loaded
 * answers a changed control with the baseline and the changed run side by side, through the same
 * scenario loader, checks, simulator and report as the command line ({@link no.bosim.app.serve.WhatIfServer}
 * routes; {@link no.bosim.app.serve.Controls} turns the page's controls into a scenario overlay;
 * {@link no.bosim.app.serve.WhatIfRuns} runs and writes; {@link no.bosim.app.serve.Session} keeps one
 * browser's files apart from another's).
 */
package no.bosim.app.serve;

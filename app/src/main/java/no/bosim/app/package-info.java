/**
 * The bosim command line: a thin picocli layer whose commands read like the pipeline (load the
 * scenario, check it, simulate, write results, print a summary). Bad input ends with a message
 * naming file, line and field, exit code 2, and no stack trace.
 */
package no.bosim.app;

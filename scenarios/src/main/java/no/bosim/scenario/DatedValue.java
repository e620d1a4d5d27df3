package no.bosim.scenario;

import java.time.YearMonth;

/**
 * A value in force from a month on, until a later dated value replaces it.
 *
 * @param file the file it was read from and {@code line} its line, so later checks can point at it
 */
public record DatedValue(YearMonth from, double value, Basis basis, String file, int line) {
}

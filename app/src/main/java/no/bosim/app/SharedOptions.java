package no.bosim.app;

import no.bosim.results.CsvDialect;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Problem;
import picocli.CommandLine.Option;

/**
 * The options several commands share, declared once as picocli mixins with the one check each needs,
 * so that a command's help, its default and its refusal of a bad value are the same everywhere.
 */
final class SharedOptions {

    private SharedOptions() {
    }

    /** {@code --threads T}: how many runs at once; the machine's cores when not given; 1 to 256. */
    static final class Threads {
        static final int MAX = 256;

        @Option(names = "--threads", paramLabel = "T", description = "Threads for the runs (default: the machine's cores; 1 to " + MAX + ").")
        Integer threads;

        /** The threads to use, checked: one message naming --threads when out of range. */
        int count() {
            int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (t < 1 || t > MAX) {
                throw new InputException(new Problem("--threads", 0, "", "is " + t + "; expected 1 to " + MAX));
            }
            return t;
        }
    }

    /** {@code --excel}: CSV for Norwegian Excel (semicolons, decimal comma, UTF-8 with BOM) instead of plain CSV. */
    static final class Excel {
        @Option(names = "--excel", description = "Write CSV for Norwegian Excel: semicolons, decimal comma, UTF-8 with BOM.")
        boolean excel;

        CsvDialect dialect() {
            return excel ? CsvDialect.EXCEL_NO : CsvDialect.STANDARD;
        }
    }
}

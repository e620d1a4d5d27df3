package no.bosim.app;

import java.nio.file.Path;
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

    /** {@code --out DIR}: where a command writes; each command names its own default folder under out/. */
    static final class Output {
        @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: a folder under out/ named after what is run, "
                + "shown when it ends). Must be new, empty or an earlier bosim run.")
        Path out;

        /** The folder given, else the command's own default. */
        Path or(Path fallback) {
            return out != null ? out : fallback;
        }
    }

    /** {@code --seed N}: the seed of the random streams instead of the scenario's; a whole number, 0 or more. */
    static final class Seed {
        @Option(names = "--seed", paramLabel = "N", description = "Seed for the random streams (default: the scenario's; a whole number, "
                + "0 or more). An ensemble's run i uses a seed derived from it and i.")
        Long seed;

        /** The seed given, checked: one message naming --seed when negative; null when none was given. */
        Long value() {
            if (seed != null && seed < 0) {
                throw new InputException(new Problem("--seed", 0, "", "is " + seed + "; expected a whole number >= 0"));
            }
            return seed;
        }

        /** The scenario with the seed given, or as it is. */
        no.bosim.scenario.Scenario applyTo(no.bosim.scenario.Scenario scenario) {
            Long v = value();
            return v == null ? scenario : scenario.withSeed(v);
        }
    }

    /** {@code --rules DIR}: the .drl files of a folder instead of the shipped rules. */
    static final class Rules {
        @Option(names = "--rules", paramLabel = "DIR", description = "Use every .drl file in DIR instead of the shipped rules (no rebuild "
                + "needed); give the folder a run used to explain or time that run.")
        Path dir;
    }

    /** {@code --lang nb|en}: the language of the charts, the report and the briefing. */
    static final class Language {
        @Option(names = "--lang", defaultValue = "nb", paramLabel = "nb|en", description = "Language of the charts, the report and the "
                + "briefing: nb (default) or en.")
        String lang;

        /** The language, checked before any work is done: one message naming --lang when bosim does not write it. */
        String code() {
            return switch (lang.toLowerCase(java.util.Locale.ROOT)) {
                case "nb", "no", "nn" -> "nb";
                case "en" -> "en";
                default -> throw new InputException(new Problem("--lang", 0, "", "is '" + lang + "'; expected nb or en"));
            };
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

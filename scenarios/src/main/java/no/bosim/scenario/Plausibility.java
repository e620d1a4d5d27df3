package no.bosim.scenario;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Figures no month has come near, refused with their lines before anything runs on them: a month of
 * arrivals above {@code ankomster_maks_mnd} ({@link ArrivalLimit}), and an anchor's observed stock or the
 * people at the start in all above {@value #MAX_STOCK}. The limits are dated, cited parameters; an overlay
 * can raise them. A typing error of a few zeros is the usual cause (docs/scenarios.md).
 */
final class Plausibility {

    /** The plausibility limit on people in a stock: the anchors' observed stocks and the people at the start. */
    static final String MAX_STOCK = "bestand_maks";
    private static final String WHY = MAX_STOCK + ": ten times the most people UDI's reception has held; raise it in an overlay if you mean it";

    private Plausibility() {
    }

    /** Each row of the arrivals path whose month brings more than the limit in force, at its line. */
    static void arrivals(Problems problems, String file, ArrivalPath arrivals, Parameters parameters) {
        for (ArrivalLimit.Excess e : ArrivalLimit.above(arrivals, parameters, null)) {
            problems.add(file, e.step().line(), "month " + e.step().from(), "brings " + e.total() + " arrivals; " + e.expected());
        }
    }

    /**
     * Each anchor above the limit in force at the month it anchors, at its line; the stocks at the start above the
     * limit at the start, at their largest row. A month outside the parameter's dates is another check's to refuse.
     */
    static void stocks(Problems problems, Parameters parameters, YearMonth start, YearMonth anchorMonth, String anchorFile,
                       Map<String, Anchor> anchors, Map<String, Integer> anchorLines, List<InitialStocks.Stock> stocks) {
        if (!parameters.has(MAX_STOCK)) {
            return;
        }
        Parameter limit = parameters.get(MAX_STOCK);
        limit.inForce(anchorMonth).ifPresent(atAnchor -> anchors.forEach((stock, anchor) -> {
            if (anchor.value() > atAnchor.value()) {
                problems.add(anchorFile, anchorLines.getOrDefault(stock, 0), "anchor." + stock + ".value", "is " + Limits.shown(anchor.value())
                        + " people; expected at most " + Limits.shown((long) atAnchor.value()) + " (" + WHY + ")");
            }
        }));
        long total = stocks.stream().mapToLong(InitialStocks.Stock::count).sum();
        limit.inForce(start).filter(atStart -> total > atStart.value()).ifPresent(atStart -> {
            InitialStocks.Stock largest = stocks.stream().max(Comparator.comparingInt(InitialStocks.Stock::count)).orElseThrow();
            problems.add(largest.file(), largest.line(), "count", "the stocks at the start hold " + Limits.shown(total)
                    + " people in all (this row " + Limits.shown(largest.count()) + "); expected at most " + Limits.shown((long) atStart.value())
                    + " (" + WHY + ")");
        });
    }
}

package no.bosim.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The series a scenario rests on, each with the last month its observed figures reach, their source
 * and what continues the series after them (the assumption a projection then makes). {@code bosim
 * data} lists them; a run's manifest names the arrivals' continuation so the findings can say it.
 *
 * @param name        what the series is
 * @param observedTo  the last month observed (null: nothing observed)
 * @param source      the source of that last observed figure, or the assumption when it is one
 * @param continuedBy what the series is after it, in English and Norwegian (empty when nothing follows)
 */
public record DataSeries(String name, YearMonth observedTo, String source, String continuedBy, String continuedByNb) {

    /** The scenario's own series (observations, which the backtest's indicators define, are listed by the caller). */
    public static List<DataSeries> of(Scenario s) {
        List<DataSeries> out = new ArrayList<>();
        out.add(new DataSeries("stocks at the start", s.initial().asOf(), describe(s.initial().basis()), "", ""));
        out.add(arrivals(s.arrivals()));
        out.add(requests(s.requests()));
        if (!s.population().byYear().isEmpty()) {
            int last = s.population().byYear().keySet().stream().max(Integer::compare).orElseThrow();
            out.add(new DataSeries("Norway's population (1 January)", YearMonth.of(last, 1), describe(s.population().basis().get(last)),
                    "later years keep " + last + "'s", "senere år beholder " + last + "s"));
        }
        TreeMap<Integer, Basis> kommune = new TreeMap<>(s.history().sources());
        if (!kommune.isEmpty()) {
            int last = kommune.lastKey();
            out.add(new DataSeries("IMDi per kommune (" + String.join(", ", kommune.keySet().stream().map(String::valueOf).toList()) + ")",
                    YearMonth.of(last, 12), describe(kommune.get(last)), "later years planned by the rules",
                    "senere år planlegges av reglene"));
        }
        for (Anchor a : s.anchors()) {
            out.add(new DataSeries("observed stock " + a.stock(), s.projectionFrom().minusMonths(1), describe(a.basis()), "", ""));
        }
        return out;
    }

    /** The arrivals: the last month covered by a sourced row, and the assumption of the row after it. */
    public static DataSeries arrivals(ArrivalPath path) {
        List<ArrivalPath.Step> steps = path.steps();
        String name = "arrivals (asylum, minors, Ukrainians, quota)";
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).basis() instanceof Basis.Source src) {
                if (i + 1 == steps.size()) {
                    return new DataSeries(name, steps.get(i).from(), src.title(), "the last row holds", "siste rad gjelder videre");
                }
                Basis next = steps.get(i + 1).basis();
                return new DataSeries(name, steps.get(i + 1).from().minusMonths(1), src.title(), describe(next, "en"),
                        describe(next, "nb"));
            }
        }
        return new DataSeries(name, null, "no sourced row", describe(steps.get(0).basis(), "en"), describe(steps.get(0).basis(), "nb"));
    }

    private static DataSeries requests(RequestSeries requests) {
        if (requests.rows().isEmpty()) {
            return new DataSeries("IMDi's national requests", null, "none given", "the need rules set every year's need",
                    "behovsreglene fastsetter hvert års behov");
        }
        RequestSeries.Row last = requests.rows().stream().max(java.util.Comparator.comparing(RequestSeries.Row::year)
                .thenComparing(RequestSeries.Row::from)).orElseThrow();
        return new DataSeries("IMDi's national requests (to " + last.year() + ")", last.from(), describe(last.basis()),
                "later years' need set by the rules", "behovet for senere år fastsettes av reglene");
    }

    static String describe(Basis b) {
        return describe(b, "en");
    }

    private static String describe(Basis b, String lang) {
        if (b instanceof Basis.Source src) {
            return src.title(lang);
        }
        if (b instanceof Basis.Assumption a) {
            return ("nb".equals(lang) ? "antatt: " : "assumed: ") + a.text(lang);
        }
        return String.valueOf(b);
    }
}

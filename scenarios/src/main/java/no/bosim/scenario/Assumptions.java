package no.bosim.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists every assumed (unsourced) figure a scenario uses during its horizon, and every source it
 * cites, for the manifest, the summary and the briefing pack: as terse records ({@link #inForce})
 * and as sentences a reader can take in, in Norwegian or English ({@link #sentences}).
 */
public final class Assumptions {

    private Assumptions() {
    }

    /** One assumed figure in force: what it is, its value where it has one, and why. */
    private record Item(String terse, Parameter parameter, DatedValue value, YearMonth until, String subjectNb,
                        String subjectEn, Basis.Assumption why) {
    }

    public static List<String> inForce(Scenario s) {
        return items(s).stream().map(Item::terse).toList();
    }

    /**
     * The assumptions in force as sentences in {@code lang} ("nb" or "en"), in the order of
     * {@link #inForce}: what the figure is, its value (with the month it holds from when that is
     * after the start, and until when it ends before the end), and the reason.
     */
    public static List<String> sentences(Scenario s, String lang) {
        Wording w = new Wording(lang);
        List<String> out = new ArrayList<>();
        for (Item i : items(s)) {
            StringBuilder b = new StringBuilder();
            if (i.parameter() != null) {
                b.append(Wording.capitalised(i.parameter().description(lang))).append(": ")
                        .append(w.value(i.value().value(), i.parameter().unit()));
                if (i.value().from().isAfter(s.start())) {
                    b.append(w.t(" fra ", " from ")).append(w.month(i.value().from()));
                }
                if (i.until() != null && i.until().isBefore(s.end())) {
                    b.append(w.t(" til og med ", " until ")).append(w.month(i.until()));
                }
            } else {
                b.append(w.t(i.subjectNb(), i.subjectEn()));
            }
            b.append(". ").append(Wording.sentence(i.why().text(lang)));
            out.add(b.toString());
        }
        return out;
    }

    private static List<Item> items(Scenario s) {
        List<Item> out = new ArrayList<>();
        if (s.initial().basis() instanceof Basis.Assumption a) {
            out.add(new Item("initial stocks: " + a.text(), null, null, null, "Beholdningene ved start ("
                    + Wording.monthNb(s.initial().asOf()) + ")", "The stocks at the start ("
                    + Wording.monthEn(s.initial().asOf()) + ")", a));
        }
        for (Anchor anchor : s.anchors()) {
            if (anchor.basis() instanceof Basis.Assumption a) {
                out.add(new Item("anchor " + anchor.stock() + " = " + anchor.value() + " at " + s.projectionFrom() + ": "
                        + a.text(), null, null, null, "Beholdningen " + anchor.stock() + " ved framskrivingens start ("
                        + Wording.monthNb(s.projectionFrom()) + ")", "The stock " + anchor.stock() + " at the projection start ("
                        + Wording.monthEn(s.projectionFrom()) + ")", a));
            }
        }
        for (Parameter p : s.parameters().all().values()) {
            List<DatedValue> values = p.values();
            for (int i = 0; i < values.size(); i++) {
                DatedValue v = values.get(i);
                YearMonth until = i + 1 < values.size() ? values.get(i + 1).from().minusMonths(1) : null;
                if (overlaps(s, v.from(), until) && v.basis() instanceof Basis.Assumption a) {
                    out.add(new Item("parameter " + p.name() + " = " + v.value() + " " + p.unit() + " from " + v.from()
                            + ": " + a.text(), p, v, until, null, null, a));
                }
            }
        }
        List<ArrivalPath.Step> steps = s.arrivals().steps();
        for (int i = 0; i < steps.size(); i++) {
            ArrivalPath.Step step = steps.get(i);
            YearMonth until = i + 1 < steps.size() ? steps.get(i + 1).from().minusMonths(1) : null;
            if (overlaps(s, step.from(), until) && step.basis() instanceof Basis.Assumption a) {
                out.add(new Item("arrivals from " + step.from() + ": " + a.text(), null, null, null,
                        "Ankomstene fra " + Wording.monthNb(step.from()), "Arrivals from " + Wording.monthEn(step.from()), a));
            }
        }
        List<PlanningFigures.Year> years = s.planning().years();
        for (PlanningFigures.Year y : years) {
            if (y.year() <= s.end().getYear() && y.basis() instanceof Basis.Assumption a) {
                boolean last = y == years.get(years.size() - 1);
                out.add(new Item("settlement need " + y.year() + (last ? " and later" : "") + ": " + a.text(), null, null,
                        null, "Bosettingsbehovet " + y.year() + (last ? " og senere" : ""),
                        "The settlement need " + y.year() + (last ? " and later" : ""), a));
            }
        }
        return out;
    }

    private static boolean overlaps(Scenario s, YearMonth from, YearMonth until) {
        return !from.isAfter(s.end()) && (until == null || !until.isBefore(s.start()));
    }

    /** Every distinct source cited by a parameter value, series row or the initial stocks, as "title <url>". */
    public static List<String> sourcesInForce(Scenario s) {
        return sourcesInForce(s, "en");
    }

    /** As {@link #sourcesInForce(Scenario)}, with each title in {@code lang} where the source gives one. */
    public static List<String> sourcesInForce(Scenario s, String lang) {
        Set<String> out = new LinkedHashSet<>();
        for (Basis.Source src : sources(s)) {
            out.add(src.title(lang) + " <" + src.url() + ">");
        }
        return List.copyOf(out);
    }

    private static List<Basis.Source> sources(Scenario s) {
        List<Basis.Source> out = new ArrayList<>();
        if (s.initial().basis() instanceof Basis.Source src) {
            out.add(src);
        }
        for (Anchor anchor : s.anchors()) {
            if (anchor.basis() instanceof Basis.Source src) {
                out.add(src);
            }
        }
        for (Parameter p : s.parameters().all().values()) {
            for (DatedValue v : p.values()) {
                if (!v.from().isAfter(s.end()) && v.basis() instanceof Basis.Source src) {
                    out.add(src);
                }
            }
        }
        for (ArrivalPath.Step step : s.arrivals().steps()) {
            if (!step.from().isAfter(s.end()) && step.basis() instanceof Basis.Source src) {
                out.add(src);
            }
        }
        for (PlanningFigures.Year y : s.planning().years()) {
            if (y.year() <= s.end().getYear() && y.basis() instanceof Basis.Source src) {
                out.add(src);
            }
        }
        return out;
    }
}

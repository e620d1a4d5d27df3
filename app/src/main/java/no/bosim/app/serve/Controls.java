package no.bosim.app.serve;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import no.bosim.scenario.Basis;
import no.bosim.scenario.CriteriaSchedule;
import no.bosim.scenario.DatedValue;
import no.bosim.scenario.Limits;
import no.bosim.scenario.Parameter;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.Units;

/**
 * The what-if page's controls for one baseline, and the overlay they write. Each control knows its
 * unit, the baseline's value (from its source) and its allowed range, all read from the baseline and
 * the shared unit ranges, not typed here. A change is written as a scenario overlay
 * ({@code baseline:} plus only the changed fields), loaded through the same loader and checks as the
 * command line, so a value out of range gets the command line's own message and the overlay the page
 * offers for download runs to the same bytes with {@code bosim run}.
 */
final class Controls {

    enum Kind { NUMBER, MONTH, CHOICE }

    /** One control: its id in the page and the form, words in both languages, and its range. */
    record Control(String id, String nb, String en, String unit, Kind kind, String base, double min, double max, double step,
                   List<String> choices, String month) {

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("nb", nb);
            m.put("en", en);
            m.put("unit", unit);
            m.put("kind", kind.name().toLowerCase(Locale.ROOT));
            m.put("base", base);
            if (kind == Kind.NUMBER) {
                m.put("min", min);
                m.put("max", max);
                m.put("step", step);
            }
            if (kind == Kind.CHOICE) {
                m.put("choices", choices);
            }
            if (kind == Kind.MONTH) {
                m.put("min", month);
                m.put("max", YearMonth.parse(month).plusMonths((long) max).toString());
            }
            return m;
        }
    }

    /** The parameters analysts ask about, by id: each set from the projection start on. */
    static final List<String> PARAMETERS = List.of("behandling_kapasitet_mnd", "vedtak_vilje_nivaa", "kapasitet_maks_ordinaer",
            "behov_anmodning_margin");
    private static final Map<String, String[]> WORDS = Map.of(
            "behandling_kapasitet_mnd", new String[] {"UDIs behandlingskapasitet", "UDI's processing capacity"},
            "vedtak_vilje_nivaa", new String[] {"Kommunenes vilje til å vedta plasser", "The kommuner's willingness to decide places"},
            "kapasitet_maks_ordinaer", new String[] {"Ordinære mottaksplasser UDI kan skaffe", "Ordinary reception places UDI can procure"},
            "behov_anmodning_margin", new String[] {"Anmodningens margin over behovet", "The request's margin over the need"});

    private final Scenario baseline;
    private final String baselineRef;
    private final YearMonth from;
    private final List<Control> controls = new ArrayList<>();

    /**
     * @param baselineRef how the overlay names its baseline: a shipped scenario's name, or the uploaded file's name
     *                    beside the overlay
     */
    Controls(Scenario baseline, String baselineRef, SortedSet<String> criteriaSets) {
        this.baseline = baseline;
        this.baselineRef = baselineRef;
        this.from = baseline.projectionFrom();
        long monthsLeft = baseline.end().getYear() * 12L + baseline.end().getMonthValue() - (from.getYear() * 12L + from.getMonthValue());
        double factorMax = Units.of("factor").orElseThrow().max();
        controls.add(new Control("ankomster_faktor", "Ankomstene ganget med", "Arrivals times", "factor", Kind.NUMBER, "1",
                0, factorMax, 0.05, List.of(), null));
        controls.add(new Control("bolge_storrelse", "Bølge: antall ankomne", "Surge: people arriving", "people", Kind.NUMBER, "0",
                0, Limits.MAX_MONTHLY_ARRIVALS, 1000, List.of(), null));
        controls.add(new Control("bolge_fra", "Bølgen starter", "The surge starts", "month", Kind.MONTH, from.toString(),
                0, monthsLeft, 1, List.of(), from.toString()));
        controls.add(new Control("bolge_form", "Bølgen formet som", "The surge shaped like", "", Kind.CHOICE, "2015",
                0, 0, 0, List.of("2015", "2022"), null));
        controls.add(new Control("kriterier", "Kriteriesett", "Criteria set", "", Kind.CHOICE, baseline.criteria().at(from),
                0, 0, 0, List.copyOf(criteriaSets), null));
        controls.add(new Control("kriterier_fra", "Kriteriene gjelder fra", "The criteria apply from", "month", Kind.MONTH,
                from.toString(), 0, monthsLeft, 1, List.of(), from.toString()));
        for (String name : PARAMETERS) {
            Parameter p = baseline.parameters().get(name);
            Units.Range r = Units.of(p.unit()).orElseThrow(() -> new IllegalStateException(name + " has no range for its unit " + p.unit()));
            double step = p.unit().equals("factor") ? 0.01 : 50;
            controls.add(new Control(name, WORDS.get(name)[0], WORDS.get(name)[1], p.unit(), Kind.NUMBER, plain(p.valueAt(from)),
                    r.min(), r.max(), step, List.of(), null));
        }
        int fromIndex = (int) (from.getYear() * 12L + from.getMonthValue() - (baseline.start().getYear() * 12L + baseline.start().getMonthValue()));
        controls.add(new Control("horizon_months", "Måneder i kjøringen (fra " + baseline.start() + ")", "Months in the run (from "
                + baseline.start() + ")", "months", Kind.NUMBER, String.valueOf(baseline.horizonMonths()), fromIndex + 1, 1200, 12,
                List.of(), null));
    }

    List<Control> all() {
        return controls;
    }

    YearMonth projectionFrom() {
        return from;
    }

    /** The control's baseline value, as the form sends it. */
    String base(String id) {
        return controls.stream().filter(c -> c.id().equals(id)).findFirst().map(Control::base).orElse(null);
    }

    /** Only the values that differ from the baseline's, in control order; unknown ids are refused by {@link Problems}. */
    Map<String, String> changed(Map<String, String> form) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Control c : controls) {
            String v = form.get(c.id());
            if (v != null && !v.strip().equals(c.base())) {
                out.put(c.id(), v.strip());
            }
        }
        return out;
    }

    /**
     * The overlay for {@code changed}: a scenario file naming the baseline and only what changed,
     * deterministic (the page compares expected paths; the ensemble button gives the spread). Values are
     * written as the form gave them, quoted, so the loader (not this class) judges them.
     */
    String overlay(Map<String, String> changed) {
        StringBuilder y = new StringBuilder();
        y.append("# Written by bosim serve: the baseline and only what was changed on the what-if page.\n");
        y.append("# Run it with: bosim run what-if.yaml\n");
        y.append("name: what-if\n");
        y.append("description: ").append(quoted(describe(changed, false))).append('\n');
        y.append("beskrivelse: ").append(quoted(describe(changed, true))).append('\n');
        y.append("baseline: ").append(quoted(baselineRef)).append('\n');
        y.append("mode: deterministic\n");
        if (changed.containsKey("horizon_months")) {
            y.append("horizon_months: ").append(quoted(changed.get("horizon_months"))).append('\n');
        }
        if (changed.containsKey("ankomster_faktor")) {
            y.append("arrivals_scale: {factor: ").append(quoted(changed.get("ankomster_faktor"))).append(", from: ").append(from).append("}\n");
        }
        String size = changed.getOrDefault("bolge_storrelse", "0");
        if (!size.equals("0") && !size.isEmpty()) {
            y.append("arrivals_surge: {size: ").append(quoted(size)).append(", from: ")
                    .append(quoted(changed.getOrDefault("bolge_fra", base("bolge_fra")))).append(", shape: ")
                    .append(quoted(changed.getOrDefault("bolge_form", base("bolge_form")))).append("}\n");
        }
        if (changed.containsKey("kriterier") || changed.containsKey("kriterier_fra")) {
            criteria(y, changed.getOrDefault("kriterier", base("kriterier")), changed.getOrDefault("kriterier_fra", base("kriterier_fra")));
        }
        boolean header = false;
        for (String name : PARAMETERS) {
            if (!changed.containsKey(name)) {
                continue;
            }
            if (!header) {
                y.append("parameters:\n");
                header = true;
            }
            y.append("  ").append(name).append(":\n    values:\n");
            // From the projection start, and again at every later date the baseline sets, so the change holds throughout.
            List<YearMonth> dates = new ArrayList<>(List.of(from));
            baseline.parameters().get(name).values().stream().map(DatedValue::from).filter(m -> m.isAfter(from)).forEach(dates::add);
            for (YearMonth m : dates) {
                y.append("      ").append(m).append(": {value: ").append(quoted(changed.get(name)))
                        .append(", assumption: \"set on the what-if page\", antakelse: \"satt på hva-om-siden\"}\n");
            }
        }
        return y.toString();
    }

    /** The baseline's criteria before the month, then the chosen set from it; each entry keeps its basis. */
    private void criteria(StringBuilder y, String set, String at) {
        y.append("criteria:\n");
        YearMonth month;
        try {
            month = YearMonth.parse(at);
        } catch (java.time.format.DateTimeParseException e) {
            // The loader names the field and what is expected.
            y.append("  ").append(quoted(at)).append(": {value: ").append(quoted(set)).append(", assumption: \"set on the what-if page\"}\n");
            return;
        }
        for (CriteriaSchedule.Entry e : baseline.criteria().entries()) {
            if (!e.from().isBefore(month)) {
                continue;
            }
            YearMonth shown = e.from().isBefore(baseline.start()) ? baseline.start() : e.from();
            y.append("  ").append(shown).append(": {value: ").append(quoted(e.name())).append(", ").append(basis(e.basis())).append("}\n");
        }
        y.append("  ").append(month).append(": {value: ").append(quoted(set))
                .append(", assumption: \"set on the what-if page\", antakelse: \"satt på hva-om-siden\"}\n");
    }

    private static String basis(Basis b) {
        if (b instanceof Basis.Source s) {
            return "source: {title: " + quoted(s.title()) + ", url: " + quoted(s.url())
                    + (s.titleNb() == null ? "" : ", tittel: " + quoted(s.titleNb())) + "}";
        }
        if (b instanceof Basis.Assumption a) {
            return "assumption: " + quoted(a.text()) + (a.textNb() == null ? "" : ", antakelse: " + quoted(a.textNb()));
        }
        return "assumption: \"the baseline's criteria set\", antakelse: \"grunnbanens kriteriesett\"";
    }

    /** What changed, in a sentence: the overlay's description and the page's heading. */
    String describe(Map<String, String> changed, boolean nb) {
        if (changed.isEmpty()) {
            return nb ? "Grunnbanen uten endringer" : "The baseline unchanged";
        }
        List<String> parts = new ArrayList<>();
        for (Control c : controls) {
            if (changed.containsKey(c.id())) {
                parts.add((nb ? c.nb() : c.en()) + ": " + shown(changed.get(c.id()), nb) + (nb ? " (grunnbanen " : " (baseline ")
                        + shown(c.base(), nb) + ")");
            }
        }
        return (nb ? "Grunnbanen med " : "The baseline with ") + String.join("; ", parts);
    }

    /** A value as the sentence shows it: a decimal number with a decimal comma in Norwegian, anything else as given. */
    private static String shown(String value, boolean nb) {
        return nb && value.matches("-?\\d+\\.\\d+") ? value.replace('.', ',') : value;
    }

    /** A YAML double-quoted scalar: whatever the form sent stays one string, never a structure or a tag. */
    static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}

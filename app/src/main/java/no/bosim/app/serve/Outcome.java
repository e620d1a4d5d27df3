package no.bosim.app.serve;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import no.bosim.charts.Numbers;
import no.bosim.rules.Alert;
import no.bosim.simulator.MonthRecord;
import no.bosim.simulator.RunResult;

/**
 * What the page states beside the charts for a baseline and a changed run: the key figures of the
 * projection (replayed history is the same in both and is not a result), the warnings by name, and
 * the difference in one sentence.
 */
final class Outcome {

    /** A key figure: its words, how it is read from a run, and whether a rise is the bad direction. */
    private record Figure(String id, String nb, String en, ToDoubleFunction<List<MonthRecord>> value) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure("peak_in_mottak", "Flest i mottak", "Most in reception",
                    ms -> ms.stream().mapToInt(MonthRecord::inMottak).max().orElse(0)),
            new Figure("peak_capacity", "Flest mottaksplasser", "Most reception places",
                    ms -> ms.stream().mapToInt(MonthRecord::receptionCapacity).max().orElse(0)),
            new Figure("peak_settlement_ready", "Flest bosettingsklare", "Most ready for settlement",
                    ms -> ms.stream().mapToInt(MonthRecord::settlementReady).max().orElse(0)),
            new Figure("peak_long_waiters", "Flest som har ventet for lenge", "Most who have waited too long",
                    ms -> ms.stream().mapToInt(MonthRecord::longWaiters).max().orElse(0)),
            new Figure("settled", "Bosatt i framskrivingen", "Settled in the projection",
                    ms -> ms.stream().mapToLong(MonthRecord::settled).sum()));

    private Outcome() {
    }

    static List<MonthRecord> projected(RunResult r) {
        YearMonth from = r.scenario().projectionFrom();
        return r.months().stream().filter(m -> !m.month().isBefore(from)).toList();
    }

    /** The key figures, warnings and sentence as the page's JSON. */
    static Map<String, Object> json(RunResult base, RunResult changed, String lang) {
        boolean nb = !"en".equals(lang);
        List<MonthRecord> b = projected(base);
        List<MonthRecord> c = projected(changed);
        List<Map<String, Object>> figures = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (Figure f : FIGURES) {
            double vb = f.value().applyAsDouble(b);
            double vc = f.value().applyAsDouble(c);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", f.id());
            row.put("label", nb ? f.nb() : f.en());
            row.put("base", Numbers.whole(vb, lang));
            row.put("whatif", Numbers.whole(vc, lang));
            row.put("diff", Numbers.signed(vc - vb, lang));
            row.put("value", Math.round(vc));
            figures.add(row);
            if (Math.round(vc) != Math.round(vb)) {
                String label = (nb ? f.nb() : f.en()).toLowerCase(java.util.Locale.ROOT);
                moved.add(label + " " + Numbers.whole(vc, lang) + " (" + (nb ? "grunnbanen " : "baseline ") + Numbers.whole(vb, lang)
                        + ", " + Numbers.signed(vc - vb, lang) + ")");
            }
        }
        Map<String, int[]> warnings = new TreeMap<>();
        Map<String, String[]> words = new TreeMap<>();
        count(base, 0, warnings, words, nb);
        count(changed, 1, warnings, words, nb);
        List<Map<String, Object>> rows = new ArrayList<>();
        warnings.forEach((id, months) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", words.get(id)[0]);
            row.put("id", id);
            row.put("clause", words.get(id)[1]);
            row.put("base", months[0]);
            row.put("whatif", months[1]);
            rows.add(row);
        });
        int warnBase = warnings.values().stream().mapToInt(m -> m[0]).sum();
        int warnChanged = warnings.values().stream().mapToInt(m -> m[1]).sum();
        String period = nb ? "Fra " + no.bosim.scenario.Wording.monthNb(base.scenario().projectionFrom()) : "From " + no.bosim.scenario.Wording.monthEn(base.scenario().projectionFrom());
        String sentence;
        if (moved.isEmpty() && warnBase == warnChanged) {
            sentence = period + (nb ? " endrer endringen ingen av nøkkeltallene og ingen varsler." : " the change moves none of the key figures and no warnings.");
        } else {
            sentence = period + (nb ? " gir endringen: " : " the change gives: ") + (moved.isEmpty()
                    ? (nb ? "de samme nøkkeltallene" : "the same key figures") : String.join("; ", moved))
                    + (nb ? "; varsler i " + Numbers.whole(warnChanged, lang) + " regel-måneder mot " + Numbers.whole(warnBase, lang) + "."
                            : "; warnings in " + Numbers.whole(warnChanged, lang) + " rule-months against " + Numbers.whole(warnBase, lang) + ".");
        }
        String where = moves(base, changed, lang);
        if (!where.isEmpty()) {
            sentence = sentence + " " + where;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sentence", sentence);
        out.put("figures", figures);
        out.put("warnings", rows);
        return out;
    }

    /**
     * Where the requests move between kommuner over the projected years: a change of criteria moves
     * places without moving the national figures, and this is where an analyst looks first.
     */
    private static String moves(RunResult base, RunResult changed, String lang) {
        boolean nb = !"en".equals(lang);
        int from = base.scenario().projectionFrom().getYear();
        Map<String, Integer> diff = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        base.kommuneYears().stream().filter(k -> k.year() >= from).forEach(k -> diff.merge(k.kommunenummer(), -k.anmodet(), Integer::sum));
        changed.kommuneYears().stream().filter(k -> k.year() >= from).forEach(k -> {
            diff.merge(k.kommunenummer(), k.anmodet(), Integer::sum);
            names.put(k.kommunenummer(), k.kommune());
        });
        List<Map.Entry<String, Integer>> moved = diff.entrySet().stream().filter(e -> e.getValue() != 0)
                .sorted((a, b) -> Integer.compare(Math.abs(b.getValue()), Math.abs(a.getValue()))).toList();
        if (moved.isEmpty()) {
            return "";
        }
        List<String> top = moved.stream().limit(3).map(e -> names.getOrDefault(e.getKey(), e.getKey()) + " "
                + Numbers.signed(e.getValue(), lang)).toList();
        return nb ? "Anmodningene " + from + "–" + base.scenario().end().getYear() + " endres for " + Numbers.whole(moved.size(), lang)
                + " kommuner; mest " + String.join(", ", top) + " (tabellen «Kommuner» i rapporten under viser alle)."
                : "The requests of " + from + "–" + base.scenario().end().getYear() + " change for " + Numbers.whole(moved.size(), lang)
                + " kommuner; most " + String.join(", ", top) + " (the report's table of kommuner below shows them all).";
    }

    /** Months of the projection in which each rule warned, in slot {@code slot}; its name and clause beside it. */
    private static void count(RunResult r, int slot, Map<String, int[]> months, Map<String, String[]> words, boolean nb) {
        YearMonth from = r.scenario().projectionFrom();
        Map<String, java.util.Set<YearMonth>> seen = new TreeMap<>();
        for (Alert a : r.alerts()) {
            if (a.month().isBefore(from)) {
                continue;
            }
            seen.computeIfAbsent(a.ruleId(), k -> new java.util.HashSet<>()).add(a.month());
            words.putIfAbsent(a.ruleId(), new String[] {nb ? a.name() : r.ruleNamesEn().getOrDefault(a.ruleId(), a.name()), a.clause()});
        }
        seen.forEach((id, ms) -> months.computeIfAbsent(id, k -> new int[2])[slot] = ms.size());
    }
}

package no.bosim.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.bosim.contract.OutputFiles;

/** The figures a committee asks for first, computed from a run's results. */
record KeyFigures(Results.Month peakMottak, Results.Month peakBacklog, Results.Month peakLongWaitShare,
                  List<Year> years, List<Warning> warnings) {

    /**
     * One year: need (at its end), decided, settled, waiting at year end, coverage (NaN when not assessed), the
     * need in force in its first month and the first month it was revised (null: not revised).
     */
    record Year(int year, double need, double vedtatt, double settled, double waitingAtEnd, double coverage, double needFirst,
                java.time.YearMonth revisedIn) {
    }

    /** One alert rule: how many months it fired, first and last, its clause and severity, and an example message. */
    record Warning(String ruleId, String severity, String clause, int months, String first, String last, Results.Alert latest,
                   String name, String nameEn) {

        /** The latest message in {@code lang}: the English one where the rule gave it. */
        String example(Lang lang) {
            return latest.message(lang);
        }

        /** The warning as a reader sees it: its name, the id in brackets to look it up. */
        String named() {
            return name.equals(ruleId) ? ruleId : name + " (" + ruleId + ")";
        }

        /** As {@link #named()} in {@code lang}: the rule's English name in English where the run's manifest has it. */
        String named(Lang lang) {
            String n = lang == Lang.EN && nameEn != null ? nameEn : name;
            return n.equals(ruleId) ? ruleId : n + " (" + ruleId + ")";
        }
    }

    static KeyFigures of(Results r) {
        // Peaks, years and warnings of the projection only: replayed history is context, not a finding.
        List<Results.Month> projected = r.projection();
        Results.Month peakMottak = projected.stream().max(Comparator.comparingDouble(Results.Month::inMottak)).orElseThrow();
        Results.Month peakBacklog = projected.stream().max(Comparator.comparingDouble(Results.Month::settlementReady)).orElseThrow();
        Results.Month peakShare = projected.stream().max(Comparator.comparingDouble(Results.Month::longWaitShare)).orElseThrow();
        // Years are counted whole: a year the projection starts in is the year's total, history and projection.
        int firstYear = projected.get(0).month().getYear();
        Map<Integer, double[]> years = new TreeMap<>();
        Map<Integer, Double> needFirst = new TreeMap<>();
        Map<Integer, java.time.YearMonth> revisedIn = new TreeMap<>();
        for (Results.Month m : r.months()) {
            if (m.month().getYear() < firstYear) {
                continue;
            }
            double[] y = years.computeIfAbsent(m.month().getYear(), k -> new double[4]);
            needFirst.putIfAbsent(m.month().getYear(), m.need());
            if (m.need() != needFirst.get(m.month().getYear())) {
                revisedIn.putIfAbsent(m.month().getYear(), m.month());
            }
            y[0] = m.need();
            y[2] += m.settled();
            y[3] = m.settlementReady();
        }
        for (Results.KommuneYear k : r.kommuneYears()) {
            double[] y = years.get(k.year());
            if (y != null) {
                y[1] += k.vedtatt();
            }
        }
        Map<Integer, Double> coverage = new TreeMap<>();
        r.nationalCosts().forEach(c -> coverage.put(c.year(), c.coverage()));
        List<Year> out = new ArrayList<>();
        years.forEach((year, v) -> out.add(new Year(year, v[0], v[1], v[2], v[3], coverage.getOrDefault(year, Double.NaN),
                needFirst.get(year), revisedIn.get(year))));
        Map<String, List<Results.Alert>> byRule = new TreeMap<>();
        r.projectionAlerts().forEach(a -> byRule.computeIfAbsent(a.ruleId(), k -> new ArrayList<>()).add(a));
        List<Warning> warnings = new ArrayList<>();
        java.util.Map<String, String> english = Manifest.ruleNames(r.dir().resolve(OutputFiles.MANIFEST), Lang.EN);
        byRule.forEach((id, list) -> {
            long months = list.stream().map(Results.Alert::month).distinct().count();
            warnings.add(new Warning(id, list.get(0).severity(), list.get(0).clause(), (int) months,
                    list.get(0).month().toString(), list.get(list.size() - 1).month().toString(), list.get(list.size() - 1),
                    list.get(0).name(), english.get(id)));
        });
        return new KeyFigures(peakMottak, peakBacklog, peakShare, out, warnings);
    }
}

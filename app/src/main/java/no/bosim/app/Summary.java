package no.bosim.app;

import java.io.PrintWriter;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import no.bosim.simulator.MonthRecord;
import no.bosim.simulator.RunResult;

/** The few lines a run prints: peak in reception, the backlog at each year end, settled per year. */
final class Summary {

    private static final NumberFormat NO = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nb-NO"));

    private Summary() {
    }

    static void print(RunResult run, PrintWriter out) {
        MonthRecord peak = run.months().stream().max(Comparator.comparingInt(MonthRecord::inMottak)).orElseThrow();
        out.printf("Scenario %s, %s to %s, seed %d, %s, policy %s%n", run.scenario().name(), run.scenario().start(),
                run.scenario().end(), run.scenario().seed(), run.scenario().mode().name().toLowerCase(Locale.ROOT),
                run.policy());
        out.printf("Peak in mottak: %s in %s (capacity %s)%n", n(peak.inMottak()), peak.month(), n(peak.receptionCapacity()));
        Map<Integer, MonthRecord> yearEnd = new TreeMap<>();
        Map<Integer, Integer> settled = new TreeMap<>();
        for (MonthRecord m : run.months()) {
            yearEnd.put(m.month().getYear(), m);
            settled.merge(m.month().getYear(), m.settled(), Integer::sum);
        }
        out.printf("%-6s %16s %13s %10s %8s%n", "year", "settlement-ready", "long waiters", "settled", "alerts");
        for (Map.Entry<Integer, MonthRecord> e : yearEnd.entrySet()) {
            long alerts = run.alerts().stream().filter(a -> a.month().getYear() == e.getKey()).count();
            out.printf("%-6d %16s %13s %10s %8d%n", e.getKey(), n(e.getValue().settlementReady()),
                    n(e.getValue().longWaiters()), n(settled.get(e.getKey())), alerts);
        }
    }

    /** A whole number as the summaries print it (Norwegian digit grouping). */
    static String n(long v) {
        return NO.format(v);
    }
}

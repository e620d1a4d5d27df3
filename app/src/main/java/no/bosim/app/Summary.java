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
        var scenario = run.scenario();
        out.printf("Scenario %s, %s to %s, seed %d, %s, policy %s%n", scenario.name(), scenario.start(),
                scenario.end(), scenario.seed(), scenario.mode().name().toLowerCase(Locale.ROOT), run.policy());
        if (scenario.replaysHistory()) {
            // History is context: what the run says is about the months from the projection start.
            out.printf("History replayed %s to %s on observed inputs (data per %s); projection from %s%n", scenario.start(),
                    scenario.projectionFrom().minusMonths(1), scenario.projectionFrom().minusMonths(1), scenario.projectionFrom());
            for (var a : run.adjustments()) {
                out.printf("Brought to observed stocks in %s: %s %s -> %s (%+d people, justering_mot_observert)%n", a.month(),
                        a.anchor().stock(), n(a.replayed()), n(a.observed()), a.people());
            }
        }
        run.months().stream().filter(MonthRecord::projected).max(Comparator.comparingInt(MonthRecord::inMottak))
                .ifPresent(peak -> out.printf("Peak in mottak%s: %s in %s (capacity %s)%n",
                        scenario.replaysHistory() ? " in the projection" : "", n(peak.inMottak()), peak.month(),
                        n(peak.receptionCapacity())));
        Map<Integer, MonthRecord> yearEnd = new TreeMap<>();
        Map<Integer, Integer> settled = new TreeMap<>();
        for (MonthRecord m : run.months()) {
            yearEnd.put(m.month().getYear(), m);
            settled.merge(m.month().getYear(), m.settled(), Integer::sum);
        }
        out.printf("%-6s %16s %13s %10s %8s%n", "year", "settlement-ready", "long waiters", "settled", "alerts");
        int projectedFromYear = scenario.projectionFrom().getYear();
        for (Map.Entry<Integer, MonthRecord> e : yearEnd.entrySet()) {
            long alerts = run.alerts().stream().filter(a -> a.month().getYear() == e.getKey()).count();
            String mark = !scenario.replaysHistory() ? "" : e.getKey() < projectedFromYear ? "  replayed"
                    : e.getKey() == projectedFromYear ? "  replayed, then projected" : "";
            out.printf("%-6d %16s %13s %10s %8d%s%n", e.getKey(), n(e.getValue().settlementReady()),
                    n(e.getValue().longWaiters()), n(settled.get(e.getKey())), alerts, mark);
        }
    }

    /** A whole number as the summaries print it (Norwegian digit grouping). */
    /** A difference with its sign, thousands separated as {@link #n}: +1 234, -56, 0. */
    static String signed(double v) {
        long r = Math.round(v);
        return (r > 0 ? "+" : r < 0 ? "-" : "") + n(Math.abs(r));
    }

    static String n(long v) {
        return NO.format(v);
    }
}

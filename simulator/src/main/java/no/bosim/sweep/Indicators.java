package no.bosim.sweep;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.ToDoubleFunction;
import no.bosim.contract.IndicatorKeys;
import no.bosim.rules.Alert;
import no.bosim.rules.CostAssessment;
import no.bosim.simulator.MonthRecord;
import no.bosim.simulator.RunResult;

/**
 * What a sweep measures of each run, for the questions a contingency planner asks: how full
 * reception gets, how many wait for a kommune at the peak and at the end of the first two years,
 * how long waits get, how many are settled in each of the first three years, how many months each
 * warning stands, and how far the grants cover the kommuner's costs in the worst year.
 */
public final class Indicators {

    /** One indicator: its sweep.csv name and how a run gives it. */
    public record Indicator(String name, ToDoubleFunction<RunResult> value) {
    }

    private Indicators() {
    }

    /** The indicators, with one count of months per warning the rules in force can raise. */
    public static List<Indicator> of(Collection<String> alertIds) {
        List<Indicator> out = new ArrayList<>(List.of(
                new Indicator("peak_in_mottak", r -> projected(r).mapToInt(MonthRecord::inMottak).max().orElse(0)),
                new Indicator("peak_settlement_ready", r -> projected(r).mapToInt(MonthRecord::settlementReady).max().orElse(0)),
                new Indicator("settlement_ready_dec_y1", r -> december(r, 0, MonthRecord::settlementReady)),
                new Indicator("settlement_ready_dec_y2", r -> december(r, 1, MonthRecord::settlementReady)),
                new Indicator("max_long_wait_share", r -> projected(r).mapToDouble(MonthRecord::longWaitShare).max().orElse(0)),
                new Indicator("settled_y1", r -> december(r, 0, MonthRecord::settledYear)),
                new Indicator("settled_y2", r -> december(r, 1, MonthRecord::settledYear)),
                new Indicator("settled_y3", r -> december(r, 2, MonthRecord::settledYear)),
                new Indicator("cost_coverage_min", Indicators::worstCoverage)));
        for (String id : alertIds.stream().sorted().toList()) {
            out.add(new Indicator(IndicatorKeys.WARNING_MONTHS + id, r -> r.alerts().stream().filter(a -> a.ruleId().equals(id))
                    .filter(a -> r.scenario().projected(a.month())).map(Alert::month).distinct().count()));
        }
        return out;
    }

    /**
     * Every indicator is about the projection: a run that replays history (projection_from) is judged on the
     * months from its projection start; a run without replay on all its months.
     */
    private static java.util.stream.Stream<MonthRecord> projected(RunResult r) {
        return r.months().stream().filter(MonthRecord::projected);
    }

    /**
     * The value in December of the (first + y)th calendar year of the projection (the year it starts in
     * counts whole), or in the run's last month if it ends before.
     */
    private static double december(RunResult r, int y, ToDoubleFunction<MonthRecord> f) {
        List<MonthRecord> ms = r.months();
        YearMonth dec = YearMonth.of(r.scenario().projectionFrom().getYear() + y, 12);
        for (MonthRecord m : ms) {
            if (m.month().equals(dec)) {
                return f.applyAsDouble(m);
            }
        }
        return f.applyAsDouble(ms.get(ms.size() - 1));
    }

    /** The lowest yearly coverage of the kommuner's extra costs nationally in the projection's years (1 where none has costs). */
    private static double worstCoverage(RunResult r) {
        double worst = Double.NaN;
        for (CostAssessment a : r.costs()) {
            if (a.year() < r.scenario().projectionFrom().getYear()) {
                continue;
            }
            for (CostAssessment.Row row : a.rows()) {
                if (row.subject().equals(CostAssessment.NATIONAL) && row.costsNok() > 0) {
                    worst = Double.isNaN(worst) ? row.coverage() : Math.min(worst, row.coverage());
                }
            }
        }
        return Double.isNaN(worst) ? 1.0 : worst;
    }
}

package no.bosim.backtest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import no.bosim.ensemble.Ensemble;
import no.bosim.ensemble.Quantiles;
import no.bosim.rules.Policy;
import no.bosim.scenario.Observations;
import no.bosim.scenario.Scenario;
import no.bosim.simulator.MonthRecord;
import no.bosim.simulator.RunResult;

/**
 * Sets a run against observed figures. Each observation gets the model's value for its indicator
 * and period, the error, the tolerance and whether it is within; with an ensemble, also the
 * P5-P95 band of the runs and whether the observation lies inside it (the model's value is then
 * the median). The model's line for every period of each observed indicator goes with it, for charts.
 */
public final class Backtest {

    /**
     * One row of backtest.csv.
     *
     * @param naive     the analyst's naive forecast of the observation ({@link NaiveForecasts}), NaN where none
     * @param naiveName how the naive forecast was made, empty where none
     * @param input     true when the figure equals an input by construction (a request the scenario gives, a
     *                  year's decisions IMDi published per kommune): listed, not counted as a test of the model
     */
    public record Row(String indicator, String period, double model, double observed, double errorPct, String tolerance,
                      boolean within, double p5, double p95, Boolean inBand, double naive, String naiveName, boolean input) {

        /** The naive forecast's error in percent of the observed value, NaN where none. */
        public double naiveErrorPct() {
            return Double.isNaN(naive) || observed == 0 ? Double.NaN : 100.0 * (naive - observed) / Math.abs(observed);
        }
    }

    /**
     * An indicator's skill against the naive forecast over the observations that have one:
     * 1 − (sum of the model's absolute errors) / (sum of the naive forecast's), in the indicator's unit.
     * Above 0 the model is closer than the spreadsheet; 1 is perfect; below 0 the spreadsheet wins.
     */
    public record Skill(String indicator, int observations, double modelError, double naiveError, String naiveName) {

        public double score() {
            return naiveError == 0 ? Double.NaN : 1 - modelError / naiveError;
        }
    }

    /** The model's value of an observed indicator in a period of the run, for the chart's line. */
    public record Point(String indicator, String period, double model, double p5, double p95) {
    }

    /**
     * The comparison: a row per observation the run covers, the model's line, and the observations
     * that lie outside the run (not compared, and said so).
     */
    public record Result(Scenario scenario, Observations observations, int runs, List<Row> rows, List<Point> line,
                         List<Observations.Observation> outside) {

        public long within() {
            return rows.stream().filter(Row::within).count();
        }

        /** The rows that test the model: those whose figure is not an input by construction. */
        public List<Row> tests() {
            return rows.stream().filter(r -> !r.input()).toList();
        }

        /** Skill against the naive forecast, per indicator that has one, in the order observed. */
        public List<Skill> skills() {
            java.util.Map<String, Skill> out = new java.util.LinkedHashMap<>();
            for (Row r : tests()) {
                if (Double.isNaN(r.naive()) || Double.isNaN(r.model())) {
                    continue;
                }
                Skill s = out.getOrDefault(r.indicator(), new Skill(r.indicator(), 0, 0, 0, r.naiveName()));
                String names = s.naiveName().contains(r.naiveName()) ? s.naiveName() : s.naiveName() + "; " + r.naiveName();
                out.put(r.indicator(), new Skill(r.indicator(), s.observations() + 1, s.modelError() + Math.abs(r.model() - r.observed()),
                        s.naiveError() + Math.abs(r.naive() - r.observed()), names));
            }
            return List.copyOf(out.values());
        }
    }

    private Backtest() {
    }

    /** Compares a single run with the observations. */
    public static Result of(RunResult run, Observations obs) {
        List<Row> rows = new ArrayList<>();
        for (Observations.Observation o : covered(run.scenario(), obs)) {
            double model = value(run.months(), o.indicator(), o.year(), o.month());
            rows.add(row(run.scenario(), o, obs, model, Double.NaN, Double.NaN, null));
        }
        List<Point> line = new ArrayList<>();
        for (String indicator : observed(obs)) {
            for (Period p : periods(run.scenario(), obs, indicator)) {
                line.add(new Point(indicator, p.label(), value(run.months(), indicator, p.year(), p.month()), Double.NaN, Double.NaN));
            }
        }
        return new Result(run.scenario(), obs, 1, rows, line, outside(run.scenario(), obs));
    }

    /**
     * Compares an ensemble of {@code runs} seeded runs with the observations: the median as the
     * model's value and the P5-P95 band; the runs are dropped as soon as their values are read.
     */
    public static Result ensemble(Scenario scenario, Observations obs, Supplier<Policy> policies, int runs, int threads,
                                  java.util.function.Consumer<RunResult> progress) {
        List<Observations.Observation> list = covered(scenario, obs);
        List<String> indicators = new ArrayList<>(observed(obs));
        List<List<Period>> periods = new ArrayList<>();
        for (String i : indicators) {
            periods.add(periods(scenario, obs, i));
        }
        float[][] atObs = new float[list.size()][runs];
        float[][][] atLine = new float[indicators.size()][][];
        for (int k = 0; k < indicators.size(); k++) {
            atLine[k] = new float[periods.get(k).size()][runs];
        }
        int[] index = {0};
        Ensemble.runEach(scenario, policies, runs, threads, (i, r) -> {
            for (int j = 0; j < list.size(); j++) {
                Observations.Observation o = list.get(j);
                atObs[j][i] = (float) value(r.months(), o.indicator(), o.year(), o.month());
            }
            for (int k = 0; k < indicators.size(); k++) {
                List<Period> ps = periods.get(k);
                for (int p = 0; p < ps.size(); p++) {
                    atLine[k][p][i] = (float) value(r.months(), indicators.get(k), ps.get(p).year(), ps.get(p).month());
                }
            }
            if (progress != null) {
                progress.accept(r);
            }
        });
        List<Row> rows = new ArrayList<>();
        for (int j = 0; j < list.size(); j++) {
            float[] v = sorted(atObs[j]);
            Observations.Observation o = list.get(j);
            double p5 = Quantiles.of(v, 0.05);
            double p95 = Quantiles.of(v, 0.95);
            rows.add(row(scenario, o, obs, Quantiles.of(v, 0.5), p5, p95, o.value() >= p5 - 1e-9 && o.value() <= p95 + 1e-9));
        }
        List<Point> line = new ArrayList<>();
        for (int k = 0; k < indicators.size(); k++) {
            List<Period> ps = periods.get(k);
            for (int p = 0; p < ps.size(); p++) {
                float[] v = sorted(atLine[k][p]);
                line.add(new Point(indicators.get(k), ps.get(p).label(), Quantiles.of(v, 0.5), Quantiles.of(v, 0.05),
                        Quantiles.of(v, 0.95)));
            }
        }
        return new Result(scenario, obs, runs, rows, line, outside(scenario, obs));
    }

    private static boolean covers(Scenario s, Observations.Observation o) {
        return Indicator.of(o.indicator()).covers(s.start(), s.end(), o.year(), o.month());
    }

    private static List<Observations.Observation> covered(Scenario s, Observations obs) {
        return obs.observations().stream().filter(o -> covers(s, o)).toList();
    }

    private static List<Observations.Observation> outside(Scenario s, Observations obs) {
        return obs.observations().stream().filter(o -> !covers(s, o)).toList();
    }

    private static float[] sorted(float[] values) {
        float[] v = values.clone();
        Arrays.sort(v);
        return v;
    }

    private static Row row(Scenario s, Observations.Observation o, Observations obs, double model, double p5, double p95,
                           Boolean inBand) {
        Observations.Tolerance t = obs.tolerances().get(o.indicator());
        double error = o.value() == 0 || Double.isNaN(model) ? Double.NaN : 100.0 * (model - o.value()) / Math.abs(o.value());
        boolean within = !Double.isNaN(model) && t.within(model, o.value());
        var naive = NaiveForecasts.of(s, obs, o);
        return new Row(o.indicator(), o.period(), model, o.value(), error, t.label(), within, p5, p95, inBand,
                naive.map(NaiveForecasts.Naive::value).orElse(Double.NaN), naive.map(NaiveForecasts.Naive::name).orElse(""),
                input(s, o));
    }

    /**
     * Whether an observed figure is an input of the run by construction: the year's request where the
     * scenario gives IMDi's requests, the year's decisions where it gives IMDi's per-kommune figures.
     */
    static boolean input(Scenario s, Observations.Observation o) {
        return switch (o.indicator()) {
            case "requested" -> s.requests().hasYear(o.year());
            case "decided" -> s.history().hasYear(o.year());
            default -> false;
        };
    }

    static double value(List<MonthRecord> months, String indicator, int year, YearMonth month) {
        Indicator i = Indicator.of(indicator);
        return month == null ? i.inYear(months, year) : i.inMonth(months, month);
    }

    /** A year (month null) or a month of the run. */
    private record Period(int year, YearMonth month) {
        String label() {
            return month == null ? Integer.toString(year) : month.toString();
        }
    }

    private static Set<String> observed(Observations obs) {
        Set<String> out = new LinkedHashSet<>();
        obs.observations().forEach(o -> out.add(o.indicator()));
        return out;
    }

    /** Every period of the run of the kinds observed for the indicator: its years, its months, or both. */
    private static List<Period> periods(Scenario scenario, Observations obs, String indicator) {
        boolean years = obs.observations().stream().anyMatch(o -> o.indicator().equals(indicator) && o.month() == null);
        boolean months = obs.observations().stream().anyMatch(o -> o.indicator().equals(indicator) && o.month() != null);
        List<Period> out = new ArrayList<>();
        if (months) {
            for (YearMonth m = scenario.start(); !m.isAfter(scenario.end()); m = m.plusMonths(1)) {
                out.add(new Period(m.getYear(), m));
            }
        }
        if (years) {
            for (int y = scenario.start().getYear(); y <= scenario.end().getYear(); y++) {
                out.add(new Period(y, null));
            }
        }
        return out;
    }
}

package no.bosim.backtest;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import no.bosim.scenario.InitialStocks;
import no.bosim.scenario.Observations;
import no.bosim.scenario.RequestSeries;
import no.bosim.scenario.Scenario;

/**
 * The analyst's spreadsheet: the forecast an indicator gets without a model, from what was known at
 * the start of its year, so a backtest can say whether bosim beats it (skill = 1 − model error / naive
 * error). Each forecast is named in the output:
 * <ul>
 *   <li><b>settled</b> in a year: IMDi's request in force in January × last year's realised share
 *       (settled over last year's final request);</li>
 *   <li><b>residents</b> and <b>settlement-ready</b> at a year's end: the same stock a year earlier (the
 *       observation, or for the run's first year the scenario's stocks at its start).</li>
 * </ul>
 * An observation without what its forecast needs (last year unobserved, no request) gets none.
 */
public final class NaiveForecasts {

    /** A naive forecast of one observation: its value and the rule that made it, in words. */
    public record Naive(double value, String name) {
    }

    private NaiveForecasts() {
    }

    public static Optional<Naive> of(Scenario s, Observations obs, Observations.Observation o) {
        if (o.month() != null) {
            return Optional.empty();
        }
        int year = o.year();
        return switch (o.indicator()) {
            case "settled" -> settled(s, obs, year);
            case "residents" -> lastYearEnd(s, obs, "residents", year, InitialStocks.Housing.MOTTAK, null);
            case "settlement_ready" -> lastYearEnd(s, obs, "settlement_ready", year, null, InitialStocks.Stage.SETTLEMENT_READY);
            default -> Optional.empty();
        };
    }

    private static Optional<Naive> settled(Scenario s, Observations obs, int year) {
        Optional<RequestSeries.Row> now = s.requests().inForce(year, YearMonth.of(year, 1));
        List<RequestSeries.Row> last = s.requests().ofYear(year - 1);
        Double settledLast = observed(obs, "settled", year - 1).orElseGet(() -> {
            Integer before = s.settledBeforeStart().get(year - 1);
            return before == null ? null : before.doubleValue();
        });
        if (now.isEmpty() || last.isEmpty() || settledLast == null) {
            return Optional.empty();
        }
        int lastRequest = last.get(last.size() - 1).anmodet();
        return Optional.of(new Naive(now.get().anmodet() * settledLast / lastRequest,
                "request in January x last year's settled / last year's final request"));
    }

    private static Optional<Naive> lastYearEnd(Scenario s, Observations obs, String indicator, int year,
                                               InitialStocks.Housing housing, InitialStocks.Stage stage) {
        Optional<Double> last = observed(obs, indicator, year - 1);
        if (last.isPresent()) {
            return Optional.of(new Naive(last.get(), "last year-end's observed"));
        }
        if (s.start().equals(YearMonth.of(year, 1))) {
            long atStart = s.initial().stocks().stream()
                    .filter(st -> (housing == null || st.housing() == housing) && (stage == null || st.stage() == stage))
                    .mapToLong(InitialStocks.Stock::count).sum();
            return Optional.of(new Naive(atStart, "the stocks at the start"));
        }
        return Optional.empty();
    }

    private static Optional<Double> observed(Observations obs, String indicator, int year) {
        return obs.observations().stream().filter(o -> o.indicator().equals(indicator) && o.month() == null && o.year() == year)
                .map(Observations.Observation::value).findFirst();
    }
}

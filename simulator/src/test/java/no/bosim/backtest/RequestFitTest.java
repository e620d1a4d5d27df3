package no.bosim.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.KommuneHistory;
import no.bosim.scenario.Municipality;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The 2024 criteria against IMDi's real requests per kommune: the need of 2024 (37 000) distributed
 * afresh, and the need of 2025 (12 640 after the summer cut), which nothing was fitted on but the
 * continuity share, with 2024 as the last published year.
 */
class RequestFitTest {

    private static final Scenario DEFAULT = ScenarioLoader.load(ScenarioLoader.shipped("from-2024.yaml"));

    private static RequestFit.Result fit(int year, int need, int needEm, boolean countyFromLast) {
        Map<String, Integer> real = new TreeMap<>();
        for (Municipality m : DEFAULT.municipalities()) {
            real.put(m.kommunenummer(), DEFAULT.history().of(year, m.kommunenummer()).map(KommuneHistory.Figures::anmodet)
                    .map(a -> Math.max(0, a)).orElse(0));
        }
        try (DroolsPolicy policy = new DroolsPolicy(RuleBook.shipped())) {
            return RequestFit.of(DEFAULT, policy, year, need, needEm, "2024", real, countyFromLast);
        }
    }

    @Test
    void the2024CriteriaOnA2024NeedOf37000ComeWithinAQuarterOfTheMeanRequestAndTheLargestWithinAFactor13() {
        RequestFit.Result f = fit(2024, 37_000, 750, false);
        assertEquals(37_000, f.rows().stream().mapToInt(RequestFit.Row::model).sum());
        assertEquals(37_000, f.rows().stream().mapToInt(RequestFit.Row::real).sum());
        assertEquals(2024, f.countyYear(), "the need goes to counties by IMDi's 2024 county distribution");
        assertTrue(f.meanAbsoluteError() < f.meanRequest() / 4, "mean absolute error " + f.meanAbsoluteError() + " of a mean request "
                + f.meanRequest());
        for (RequestFit.Row r : f.largest()) {
            double ratio = (double) r.model() / r.real();
            assertTrue(ratio > 1 / 1.3 && ratio < 1.3, r.kommune() + ": model " + r.model() + ", IMDi " + r.real());
        }
    }

    @Test
    void the2025RequestsThatNothingButContinuityWasFittedOnComeAboutAsClose() {
        RequestFit.Result own = fit(2025, 12_640, 500, false);
        RequestFit.Result proxy = fit(2025, 12_640, 500, true);
        assertEquals(2024, proxy.countyYear(), "the proxy is 2024's county distribution");
        assertEquals(2024, own.lastYear(), "continuity draws on 2024's requests");
        assertTrue(own.meanAbsoluteError() < own.meanRequest() / 4, "with 2025's own county distribution: " + own.meanAbsoluteError());
        assertTrue(proxy.meanAbsoluteError() < 0.3 * proxy.meanRequest(), "with 2024's as a proxy: " + proxy.meanAbsoluteError());
    }

    @Test
    void withoutTheCountyStepAndContinuityThePopulationAloneMissesByMore() {
        RequestFit.Result f = fit(2024, 37_000, 750, false);
        Scenario none = DEFAULT.withHorizon(12);
        Map<String, Integer> real = new TreeMap<>();
        f.rows().forEach(r -> real.put(r.kommunenummer(), r.real()));
        try (DroolsPolicy policy = new DroolsPolicy(RuleBook.shipped())) {
            RequestFit.Result prorata = RequestFit.of(none, policy, 2024, 37_000, 750, "pro-rata", real, false);
            assertTrue(prorata.meanAbsoluteError() > 2 * f.meanAbsoluteError(), "pro rata by population: " + prorata.meanAbsoluteError());
        }
    }
}

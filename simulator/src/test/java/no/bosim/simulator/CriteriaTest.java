package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.CriteriaSchedule;
import no.bosim.scenario.RequestSeries;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Criteria sets change who is asked for how many, never how many are asked in all. */
class CriteriaTest {

    private static final RuleBook RULES = RuleBook.shipped();
    private static final Scenario BASE = ScenarioLoader.load(ScenarioLoader.shipped("from-2024.yaml"));

    private static RunResult run(String criteria) {
        Scenario s = BASE.withHorizon(36).withCriteria(CriteriaSchedule.single(criteria, BASE.start()));
        return Simulation.run(s, new DroolsPolicy(RULES));
    }

    private static Map<String, Integer> requests(RunResult r, int year) {
        return r.kommuneYears().stream().filter(k -> k.year() == year)
                .collect(Collectors.toMap(KommuneYearRecord::kommunenummer, KommuneYearRecord::anmodet));
    }

    @Test
    void theShippedRulesDefineTheFiveCriteriaSets() {
        assertEquals(java.util.List.of("2019", "2022", "2024", "2026", "pro-rata"), java.util.List.copyOf(RULES.criteriaSets()));
    }

    @Test
    void everyCriteriaSetAsksForExactlyTheNeedButDistributesItDifferently() {
        Map<String, Integer> reference = requests(run("2024"), 2026);
        for (String criteria : RULES.criteriaSets()) {
            RunResult r = run(criteria);
            for (int year = 2025; year <= 2026; year++) {
                // The national request in force at the year's end: 2025's is IMDi's after the summer cut; from 2026
                // the default lets the need rules revise IMDi's request, so it is the run's own.
                final int y = year;
                int need = r.months().stream().filter(m -> m.month().equals(java.time.YearMonth.of(y, 12))).findFirst().orElseThrow()
                        .anmodetYear();
                assertEquals(need, r.kommuneYears().stream().filter(k -> k.year() == y).mapToInt(KommuneYearRecord::anmodet).sum(),
                        criteria + " " + year + ": the requests sum to the need");
                if (year == 2025) {
                    RequestSeries.Row request = BASE.requests().inForce(year, java.time.YearMonth.of(year, 12)).orElseThrow();
                    assertEquals(request.anmodet(), need, "2025 ends on IMDi's cut request");
                    assertEquals(request.anmodetEm(), r.kommuneYears().stream().filter(k -> k.year() == y)
                            .mapToInt(KommuneYearRecord::anmodetEm).sum(), criteria + " " + year + ": the minors' requests sum to their part");
                }
                // Distributed requests are at least 10 adults and families, but for a county's only kommune asked;
                // IMDi's published requests (2025's after the cut) are as IMDi made them.
                Map<String, Long> askedInCounty = r.kommuneYears().stream().filter(k -> k.year() == y && k.anmodet() - k.anmodetEm() > 0)
                        .collect(Collectors.groupingBy(KommuneYearRecord::fylke, Collectors.counting()));
                r.kommuneYears().stream().filter(k -> k.year() == y && k.anmodet() - k.anmodetEm() > 0 && k.ruleIds().contains("FORDELING"))
                        .forEach(k -> assertTrue(k.anmodet() - k.anmodetEm() >= 10 || askedInCounty.get(k.fylke()) == 1,
                                criteria + " " + y + ": " + k.kommunenummer() + " asked for " + k.anmodet()));
            }
            if (!criteria.equals("2024")) {
                assertNotEquals(reference, requests(r, 2026), criteria + " distributes differently from 2024");
            }
        }
    }

    @Test
    void yearsIMDiPublishedUseItsRequestsAndLaterYearsNameTheirRules() {
        RunResult r = run("2019");
        r.kommuneYears().stream().filter(k -> k.year() == 2024)
                .forEach(k -> assertTrue(k.ruleIds().contains("ANMODNING-KJENT"), k.kommunenummer() + ": " + k.ruleIds()));
        r.kommuneYears().stream().filter(k -> k.year() == 2025)
                .forEach(k -> assertTrue(k.ruleIds().contains("ANMODNING-KJENT"), "2025 ends on IMDi's published cut: " + k.ruleIds()));
        assertTrue(r.kommuneYears().stream().filter(k -> k.year() == 2026 && k.anmodet() > 0)
                .allMatch(k -> k.ruleIds().contains("KRIT-19-") && k.ruleIds().contains("KRIT-FYLKE") && k.ruleIds().contains("VEDTAK-")));
    }

    @Test
    void aRunThatCrossesAChangeOfCriteriaPlansEachYearUnderTheSetInForceForIt() {
        CriteriaSchedule change = new CriteriaSchedule(List.of(new CriteriaSchedule.Entry(BASE.start(), "2024", null),
                new CriteriaSchedule.Entry(java.time.YearMonth.of(2026, 7), "2019", null)));
        RunResult r = Simulation.run(BASE.withHorizon(48).withCriteria(change), new DroolsPolicy(RULES));
        r.kommuneYears().stream().filter(k -> k.year() == 2026).forEach(k -> {
            assertEquals("2024", k.criteria(), "2026 was planned under 2024's criteria");
            assertTrue(!k.ruleIds().contains("KRIT-19-"), k.ruleIds());
        });
        r.kommuneYears().stream().filter(k -> k.year() == 2027).forEach(k -> assertEquals("2019", k.criteria()));
        assertTrue(r.kommuneYears().stream().filter(k -> k.year() == 2027 && k.anmodet() > 0).allMatch(k -> k.ruleIds().contains("KRIT-19-")),
                "2027 is planned under the 2019 criteria");
        assertTrue(r.kommuneYears().stream().anyMatch(k -> k.year() == 2027 && k.anmodet() == 0),
                "the 2019 set leaves small kommuner not asked last year out");
    }
}

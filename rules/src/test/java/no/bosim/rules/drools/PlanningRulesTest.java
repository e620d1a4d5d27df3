package no.bosim.rules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.bosim.rules.KommuneFacts;
import no.bosim.rules.KommunePlan;
import no.bosim.rules.PlanningFacts;
import no.bosim.rules.SettlementPlan;
import org.junit.jupiter.api.Test;

/** A year planned by the shipped rule files, on three kommuner, through the policy the simulator uses. */
class PlanningRulesTest {

    private static final List<KommuneFacts> KOMMUNER = List.of(
            kommune("0001", 40_000), kommune("0002", 20_000), kommune("0003", 10_000));

    private static KommuneFacts kommune(String nr, int population) {
        return new KommuneFacts(nr, "Test " + nr, "00", "Test", population, 2024, population, population, 0, 0, 100, 80, 60, false,
                -1, -1, KommuneFacts.Standing.NONE, Double.NaN, 0.0, -1);
    }

    private static SettlementPlan plan(RuleBook rules) {
        return plan(rules, KOMMUNER);
    }

    private static SettlementPlan plan(RuleBook rules, List<KommuneFacts> kommuner) {
        return new DroolsPolicy(rules).planYear(new PlanningFacts(2026, java.time.YearMonth.of(2025, 10), "2024", 300, 0,
                no.bosim.rules.Reason.norwegian("a given need"), 0, 0, no.bosim.rules.Reason.NONE, 0, 0, -1, false, 0, true, Map.of(), -1, -1, kommuner,
                RuleCases.parameters(java.time.YearMonth.of(2025, 10), null)));
    }

    private static Map<String, String> shippedSources() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String file : RuleBook.SHIPPED) {
            sources.put(file, Files.readString(RuleCases.RULES.resolve(file)));
        }
        return sources;
    }

    @Test
    void aCriterionThatHoldsForEveryKommuneConcludesOnceAndCountsForEachOfThem() throws IOException {
        SettlementPlan plan = plan(RuleBook.compile(shippedSources()));
        assertEquals(300, plan.kommuner().stream().mapToInt(KommunePlan::anmodet).sum());
        for (KommunePlan k : plan.kommuner()) {
            assertTrue(k.anmodet() > 0, k.kommunenummer() + " is asked");
            assertTrue(k.ruleIds().startsWith("BEHOV-00 KRIT-24-01 KRIT-24-02 KRIT-24-03 KRIT-EM-01 KRIT-SPREDT FORDELING "), k.ruleIds());
        }
        // The weight factors multiply: equal histories leave population^0.7 (KRIT-SPREDT), so 40 000 : 20 000 : 10 000
        // inhabitants weigh 2^0.7 : 1 : 2^-0.7, not 4 : 2 : 1.
        double a = Math.pow(2, 0.7);
        double b = 1.0;
        double c = Math.pow(2, -0.7);
        assertEquals(a / (a + b + c), plan.kommuner().get(0).weight(), 1e-6, "the largest kommune's share of the weight");
        assertEquals(Math.round(300 * c / (a + b + c)), plan.kommuner().get(2).anmodet(), 1, "the smallest is asked for its share");
    }

    /**
     * The criteria rules gather the kommuner their condition holds for and conclude for each in one firing
     * (kriterier.drl): each kommune on the right side of KRIT-EM-01's threshold (5 000 inhabitants) is judged,
     * none on the wrong side, and a session the pool hands out again, after plans with other kommuner, judges
     * as the first did.
     */
    @Test
    void aGatheredCriterionJudgesEachKommuneItHoldsForPlanAfterPlan() throws IOException {
        RuleBook rules = RuleBook.compile(shippedSources());
        List<KommuneFacts> kommuner = List.of(kommune("0001", 40_000), kommune("0002", 4_999), kommune("0003", 5_000));
        SettlementPlan first = plan(rules, kommuner);
        Map<String, KommunePlan> byNumber = new LinkedHashMap<>();
        first.kommuner().forEach(k -> byNumber.put(k.kommunenummer(), k));
        assertTrue(byNumber.get("0001").ruleIds().contains("KRIT-EM-01"), byNumber.get("0001").ruleIds());
        assertTrue(byNumber.get("0003").ruleIds().contains("KRIT-EM-01"), "5 000 inhabitants is enough: " + byNumber.get("0003").ruleIds());
        assertFalse(byNumber.get("0002").ruleIds().contains("KRIT-EM-01"), "4 999 is not: " + byNumber.get("0002").ruleIds());
        for (KommunePlan k : first.kommuner()) {
            assertTrue(k.ruleIds().contains("KRIT-SPREDT") && k.ruleIds().contains("KRIT-24-02") && k.ruleIds().contains("KRIT-24-03"),
                    k.kommunenummer() + " is weighed by every factor of the 2024 set: " + k.ruleIds());
        }
        for (int i = 0; i < 3; i++) {
            plan(rules, KOMMUNER);
            assertEquals(first.kommuner(), plan(rules, kommuner).kommuner(), "plan " + (i + 2) + " of the same kommuner, in a session from the pool");
        }
    }

    @Test
    void aConclusionARuleInsertsAsAFactCountsLikeOneHandedToConclusions() throws IOException {
        Map<String, String> sources = shippedSources();
        sources.put("mine.drl", """
                package no.bosim.rules.mine;
                import no.bosim.rules.drools.Kommune;
                import no.bosim.rules.drools.Plan;
                import no.bosim.rules.drools.Vurdering;
                rule "MINE-01 Kommune 0003 kan ikke anmodes i år"
                    @id("MINE-01")
                when
                    Plan()
                    $k : Kommune(kommunenummer == "0003")
                then
                    insert(Vurdering.ikkeAktuell(drools.getRule(), $k.getKommunenummer(), "a user's rule"));
                end
                """);
        SettlementPlan plan = plan(RuleBook.compile(sources));
        Map<String, KommunePlan> byNumber = new LinkedHashMap<>();
        plan.kommuner().forEach(k -> byNumber.put(k.kommunenummer(), k));
        assertEquals(0, byNumber.get("0003").anmodet(), "not asked: IKKE_AKTUELL wins");
        assertTrue(byNumber.get("0003").ruleIds().contains("MINE-01"), byNumber.get("0003").ruleIds());
        assertEquals(300, byNumber.get("0001").anmodet() + byNumber.get("0002").anmodet(), "the others share the need");
    }

    @Test
    void aRuleCanSendTheMinorsToTheCountiesWithTheRestOfTheNeed() throws IOException {
        List<KommuneFacts> twoCounties = List.of(
                new KommuneFacts("0101", "Liten", "01", "En", 10_000, 2024, 10_000, 10_000, 0, 0, 100, 80, 60, false, -1, -1, KommuneFacts.Standing.NONE, Double.NaN, 0.0, -1),
                new KommuneFacts("0201", "Stor", "02", "To", 90_000, 2024, 90_000, 90_000, 0, 0, 100, 80, 60, false, -1, -1, KommuneFacts.Standing.NONE, Double.NaN, 0.0, -1));
        java.util.function.Function<RuleBook, Map<String, KommunePlan>> plan = rules -> {
            SettlementPlan p = new DroolsPolicy(rules).planYear(new PlanningFacts(2026, java.time.YearMonth.of(2025, 10), "2024", 300, 20,
                    no.bosim.rules.Reason.norwegian("a given need"), 0, 0, no.bosim.rules.Reason.NONE, 0, 0, -1, false, 0, true, Map.of("01", 50, "02", 50), 2025, -1, twoCounties,
                    RuleCases.parameters(java.time.YearMonth.of(2025, 10), null)));
            Map<String, KommunePlan> byNumber = new LinkedHashMap<>();
            p.kommuner().forEach(k -> byNumber.put(k.kommunenummer(), k));
            return byNumber;
        };
        Map<String, KommunePlan> shipped = plan.apply(RuleBook.compile(shippedSources()));
        assertTrue(shipped.get("0101").anmodetEm() < 10, "shipped sets: minors nationally, by weight: " + shipped.get("0101"));
        Map<String, String> sources = shippedSources();
        sources.put("mine.drl", """
                package no.bosim.rules.mine;
                import no.bosim.rules.drools.Plan;
                import no.bosim.rules.drools.Vurdering;
                global no.bosim.rules.drools.Conclusions conclusions;
                rule "MINE-EM Enslige mindreårige fordeles også på fylkene"
                    @id("MINE-EM")
                when
                    Plan()
                then
                    conclusions.add(Vurdering.emFylkesfordeling(drools.getRule(), "a user's criteria set"));
                end
                """);
        Map<String, KommunePlan> mine = plan.apply(RuleBook.compile(sources));
        assertEquals(10, mine.get("0101").anmodetEm(), "half the need's county share, so half the minors: " + mine.get("0101"));
        assertTrue(mine.get("0101").ruleIds().contains("MINE-EM"), mine.get("0101").ruleIds());
    }
}

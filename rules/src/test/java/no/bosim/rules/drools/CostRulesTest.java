package no.bosim.rules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import no.bosim.rules.CostAssessment;
import no.bosim.rules.CostFacts;
import org.junit.jupiter.api.Test;

/**
 * The yearly cost assessment through CostRules itself (rates from kostnad.drl, multiplied by who
 * was settled where): minors count with their own rates, every grant year and no other counts,
 * and the kommuner add up to the nation.
 */
class CostRulesTest {

    private static final RuleBook RULES = RuleBook.shipped();
    private static final Map<String, Double> PARAMETERS = RuleCases.parameters(YearMonth.of(2025, 12), null);

    private static CostAssessment.Row row(CostAssessment a, String subject) {
        return a.rows().stream().filter(r -> r.subject().equals(subject)).findFirst().orElseThrow();
    }

    private static CostAssessment assess(Map<String, Double> parameters, CostFacts.Cohort... cohorts) {
        CostRules costs = new CostRules(RULES, null);
        try {
            return costs.assess(new CostFacts(2025, List.of(cohorts), 10_000, 8_000, parameters));
        } finally {
            costs.close();
        }
    }

    @Test
    void minorsCountWithTheirOwnRatesInTheKommuneAndTheNation() {
        CostAssessment ten = assess(PARAMETERS, new CostFacts.Cohort("0301", 2025, 0, 10));
        CostAssessment twenty = assess(PARAMETERS, new CostFacts.Cohort("0301", 2025, 0, 20));
        CostAssessment adults = assess(PARAMETERS, new CostFacts.Cohort("0301", 2025, 10, 0));
        CostAssessment.Row oslo = row(ten, "0301");
        assertTrue(oslo.grantsNok() > 0 && oslo.costsNok() > 0, "ten minors bring grants and costs: " + oslo);
        assertEquals(2 * oslo.grantsNok(), row(twenty, "0301").grantsNok(), 1e-6, "twice the minors, twice the grants");
        assertEquals(2 * oslo.costsNok(), row(twenty, "0301").costsNok(), 1e-6);
        assertTrue(oslo.costsNok() > row(adults, "0301").costsNok(), "a minor costs a kommune more than an adult (em_merkostnad_faktor)");
        assertEquals(oslo.grantsNok(), row(ten, CostAssessment.NATIONAL).grantsNok(), 1e-6, "the nation is the sum of its kommuner");
    }

    @Test
    void cohortsCountInTheirGrantYearsOnlyAndTheGrantYearsAreAParameter() {
        CostFacts.Cohort fifthYear = new CostFacts.Cohort("0301", 2021, 10, 0);
        CostFacts.Cohort sixthYear = new CostFacts.Cohort("0301", 2020, 10, 0);
        assertTrue(row(assess(PARAMETERS, fifthYear), "0301").grantsNok() > 0, "the fifth year of stay still has grants");
        assertTrue(assess(PARAMETERS, sixthYear).rows().stream().noneMatch(r -> r.subject().equals("0301")),
                "the sixth year is past the five grant years");
        Map<String, Double> sixYears = new java.util.HashMap<>(PARAMETERS);
        sixYears.put("tilskudd_aar", 6.0);
        assertTrue(row(assess(sixYears, sixthYear), "0301").grantsNok() > 0, "with tilskudd_aar 6 the sixth year counts");
    }
}

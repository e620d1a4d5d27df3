package no.bosim.rules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import no.bosim.rules.MonthFacts;
import org.junit.jupiter.api.Test;

/**
 * The monthly session lives for the whole run, so what it remembers must not grow with the run: the
 * months it keeps (DroolsPolicy.HISTORY_MONTHS) and the forecast made for each of them (PROGNOSE-01,
 * removed with its month by PROGNOSE-02).
 */
class MonthlySessionTest {

    @Test
    void theSessionKeepsAsManyMonthsAndForecastsAsItRemembersHoweverLongTheRun() {
        try (DroolsPolicy policy = new DroolsPolicy(RuleBook.shipped())) {
            YearMonth month = YearMonth.of(2025, 1);
            for (int i = 0; i < 3 * DroolsPolicy.HISTORY_MONTHS; i++, month = month.plusMonths(1)) {
                policy.decideMonth(new MonthFacts(month,
                        new MonthFacts.Arrived(400, 300, 20, new MonthFacts.PathRestOfYear(200, 20, 100, 10, 0)),
                        new MonthFacts.Reception(2000, 0, 0, 3000, 0, 0, 0),
                        new MonthFacts.Processing(0, 800, 0, 1200, 0, 150),
                        new MonthFacts.Settlement(300, 0, 0, 150, 150 * month.getMonthValue(), 2000, 1800, 1.0, 2000, true),
                        RuleCases.parameters(month, null)));
            }
            assertEquals(DroolsPolicy.HISTORY_MONTHS, policy.factsOf(Maaned.class), "months remembered");
            assertEquals(DroolsPolicy.HISTORY_MONTHS, policy.factsOf(Prognose.class), "one forecast for each month remembered");
        }
    }
}

package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.Mode;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Ukrainians assessed individually ({@code asylum_ukraine} in the arrivals, granted at
 * {@code innvilgelsesandel_asyl_ukraina}): they are decided with the other ordinary asylum cases, in
 * the same numbers and at the same time, and only their outcome differs. Compared, in the default's
 * deterministic run, with the same run granting them as often as anyone else.
 */
class UkrainianAsylumTest {

    private static final RuleBook RULES = RuleBook.shipped();

    private static Scenario granting(Scenario base, double share) {
        return TestParameters.with(base, "innvilgelsesandel_asyl_ukraina", "share", YearMonth.of(2014, 1), share);
    }

    private static int sum(RunResult r, int year, java.util.function.ToIntFunction<MonthRecord> f) {
        return r.months().stream().filter(m -> m.month().getYear() == year).mapToInt(f).sum();
    }

    @Test
    void ukrainiansAssessedIndividuallyAreDecidedAlikeAndGrantedLess() {
        Scenario base = ScenarioLoader.load(ScenarioLoader.shipped("default.yaml")).withMode(Mode.DETERMINISTIC);
        double asylumShare = base.parameters().valueAt("innvilgelsesandel_asyl", YearMonth.of(2025, 6));
        RunResult alike = Simulation.run(granting(base, asylumShare), new DroolsPolicy(RULES));
        RunResult none = Simulation.run(granting(base, 0.0), new DroolsPolicy(RULES));

        // The arrivals name no Ukrainians assessed individually before 2025: nothing differs before.
        assertEquals(sum(alike, 2024, MonthRecord::granted), sum(none, 2024, MonthRecord::granted), "2024 is untouched");
        // They are decided as other cases are: the same number decided in the year.
        assertEquals(sum(alike, 2025, MonthRecord::decided), sum(none, 2025, MonthRecord::decided), "decided alike");

        // What they lose is at most their own grants: 2025's arrivals name 1 015 of them (102, 103 and 81 a month).
        int tagged = 0;
        for (int m = 1; m <= 12; m++) {
            tagged += base.arrivals().asylumUkraineAt(YearMonth.of(2025, m));
        }
        assertEquals(1015, tagged, "the shipped arrivals' Ukrainians assessed individually in 2025");
        int fewer = sum(alike, 2025, MonthRecord::granted) - sum(none, 2025, MonthRecord::granted);
        assertTrue(fewer > 0.3 * asylumShare * tagged && fewer <= asylumShare * tagged + 1,
                "refusing them all takes " + fewer + " grants of 2025, at most the " + Math.round(asylumShare * tagged)
                        + " that granting them as others would give");
        assertTrue(sum(none, 2025, MonthRecord::settled) < sum(alike, 2025, MonthRecord::settled), "and fewer are settled");
    }
}

package no.bosim.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.Basis;
import no.bosim.scenario.DatedValue;
import no.bosim.scenario.Mode;
import no.bosim.scenario.Parameter;
import no.bosim.scenario.Parameters;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * UDI's processing order is dated parameters ({@code behandling_rekkefolge_em/_ukraina/_asyl}), not
 * Java: when capacity is short the stream ranked first is decided first. Run on the default replay
 * with UDI's capacity cut so that it is short through the spring of 2022, once with the shipped
 * order (collective protection before the other asylum cases) and once with it turned round.
 */
class ProcessingOrderTest {

    private static final RuleBook RULES = RuleBook.shipped();
    private static Scenario base;

    @BeforeAll
    static void load() {
        base = with(ScenarioLoader.load(ScenarioLoader.shipped("default.yaml")).withMode(Mode.DETERMINISTIC)
                .withHorizon(48), Map.of("behandling_kapasitet_mnd", 300.0));
    }

    private static Scenario with(Scenario s, Map<String, Double> values) {
        Map<String, Parameter> all = new TreeMap<>(s.parameters().all());
        Basis why = new Basis.Assumption("a test's value", "en tests verdi");
        values.forEach((name, v) -> {
            Parameter p = all.get(name);
            all.put(name, new Parameter(name, p.description(), p.descriptionNb(), p.unit(), List.of(new DatedValue(YearMonth.of(2014, 1), v, why, "test", 1))));
        });
        return s.withParameters(Parameters.of(all));
    }

    private static int ukrainiansSettled(RunResult r, int year) {
        return r.months().stream().filter(m -> m.month().getYear() == year).mapToInt(MonthRecord::settledUkraine).sum();
    }

    private static int inProcessing(RunResult r, YearMonth month) {
        return r.months().stream().filter(m -> m.month().equals(month)).findFirst().orElseThrow().inProcessing();
    }

    @Test
    void theStreamRankedFirstIsDecidedFirstWhenCapacityIsShort() {
        RunResult shipped = Simulation.run(base, new DroolsPolicy(RULES));
        RunResult asylumFirst = Simulation.run(with(base, Map.of("behandling_rekkefolge_asyl", 1.0, "behandling_rekkefolge_em", 2.0,
                "behandling_rekkefolge_ukraina", 3.0)), new DroolsPolicy(RULES));
        int ukrShipped = ukrainiansSettled(shipped, 2022);
        int ukrAsylumFirst = ukrainiansSettled(asylumFirst, 2022);
        assertTrue(ukrAsylumFirst < ukrShipped - 1000, "with the other asylum cases first, fewer Ukrainians are decided and settled in 2022: "
                + ukrAsylumFirst + " against " + ukrShipped);
        YearMonth may = YearMonth.of(2022, 5);
        assertTrue(inProcessing(asylumFirst, may) > inProcessing(shipped, may), "and more wait for a decision in May 2022");
    }

    @Test
    void equalRanksKeepTheStreamsOwnOrder() {
        RunResult shipped = Simulation.run(base, new DroolsPolicy(RULES));
        RunResult tied = Simulation.run(with(base, Map.of("behandling_rekkefolge_asyl", 1.0, "behandling_rekkefolge_em", 1.0,
                "behandling_rekkefolge_ukraina", 1.0)), new DroolsPolicy(RULES));
        assertEquals(shipped.months(), tied.months(), "a tie keeps minors, collective protection, other asylum cases");
    }
}

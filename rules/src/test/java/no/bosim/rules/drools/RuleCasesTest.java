package no.bosim.rules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.bosim.rules.Alert;
import no.bosim.rules.CapacityOrder;
import no.bosim.rules.KommuneFacts;
import no.bosim.rules.MonthDecisions;
import no.bosim.rules.MonthFacts;
import no.bosim.rules.PlanningFacts;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of every shipped rule file through Drools, with the same loader the CLI uses
 * ({@link RuleBook#shipped()}), the shipped parameters as a run has them, and a fresh session per
 * case, and checks exactly which of the file's rules decide. A guard, reading the compiled rules'
 * metadata, fails when a rule file or a deciding rule has no case in which it decides.
 */
class RuleCasesTest {

    private static RuleBook rules;

    /** Monthly rule files: a case is a run of months through the monthly session. */
    private static final List<String> MONTHLY = List.of("varsling.drl", "kapasitet.drl", "behandling.drl", "bosetting.drl",
            "behov.drl");

    @BeforeAll
    static void compileTheShippedRules() {
        rules = RuleBook.shipped();
    }

    /** The ids of one file's rules that decide (derivation rules, TILSTAND-* and PROGNOSE-*, are tested through them). */
    /** Derivation rules (a condition's months, the forecast, the year's settlement outlook) decide nothing; the rules that read them are cased. */
    private static boolean isDerivation(String id) {
        return id.startsWith("TILSTAND") || id.startsWith("PROGNOSE") || id.startsWith("UTSIKT");
    }

    private static Set<String> decidingIds(String file) {
        Set<String> ids = new LinkedHashSet<>();
        for (RuleBook.RuleInfo r : rules.rules()) {
            if (r.file().equals(file) && r.id() != null && !isDerivation(r.id())) {
                ids.add(r.id());
            }
        }
        return ids;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfEveryMonthlyRuleFile() {
        return MONTHLY.stream().flatMap(file -> {
            try {
                Set<String> ids = decidingIds(file);
                Map<String, List<CSVRecord>> cases = new LinkedHashMap<>();
                for (CSVRecord row : RuleCases.rows(file)) {
                    if (!RuleCases.s(row, "month").isEmpty()) {
                        cases.computeIfAbsent(row.get("case"), k -> new ArrayList<>()).add(row);
                    }
                }
                return cases.entrySet().stream().map(c -> DynamicTest.dynamicTest(file + ": " + c.getKey(), () -> runMonths(c.getValue(), ids)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void runMonths(List<CSVRecord> months, Set<String> ids) {
        try (DroolsPolicy policy = new DroolsPolicy(rules)) {
            for (CSVRecord m : months) {
                YearMonth month = YearMonth.parse(m.get("month"));
                MonthFacts facts = new MonthFacts(month,
                        new MonthFacts.Arrived(RuleCases.i(m, "arrivals"), RuleCases.i(m, "arrivals_to_mottak"), RuleCases.i(m, "quota_arrived"),
                                new MonthFacts.PathRestOfYear(RuleCases.i(m, "path_asylum"), RuleCases.i(m, "path_em"),
                                        RuleCases.i(m, "path_ukraine"), RuleCases.i(m, "quota_rest"),
                                        RuleCases.i(m, "path_asylum_ukraine"))),
                        new MonthFacts.Reception(RuleCases.i(m, "in_mottak"), 0, 0, RuleCases.i(m, "ordinary"), RuleCases.i(m, "emergency"),
                                RuleCases.i(m, "pending"), RuleCases.i(m, "pending_next")),
                        new MonthFacts.Processing(0, RuleCases.i(m, "in_processing"), RuleCases.i(m, "backlog"),
                                RuleCases.i(m, "processing_capacity"), RuleCases.i(m, "processing_extra"), RuleCases.i(m, "granted")),
                        new MonthFacts.Settlement(RuleCases.i(m, "settlement_ready"), RuleCases.i(m, "long_waiters"),
                                RuleCases.i(m, "em_long_waiters"), RuleCases.i(m, "settled"), RuleCases.i(m, "settled_year"),
                                RuleCases.i(m, "vedtatt_year"), RuleCases.i(m, "places_next"),
                                RuleCases.s(m, "tempo_now").isEmpty() ? 1.0 : RuleCases.d(m, "tempo_now"), RuleCases.i(m, "need_year"),
                                RuleCases.i(m, "need_given") == 1),
                        RuleCases.parameters(month, m));
                MonthDecisions d = policy.decideMonth(facts);
                Set<String> fired = new TreeSet<>();
                for (Alert a : d.alerts()) {
                    if (ids.contains(a.ruleId())) {
                        fired.add(a.ruleId());
                    }
                }
                for (CapacityOrder o : d.capacityOrders()) {
                    if (ids.contains(o.ruleId())) {
                        fired.add(o.ruleId() + "(" + o.places() + ")");
                    }
                }
                if (d.revisedNeed() >= 0) {
                    String id = ((no.bosim.rules.Reason.ByRule) d.revisionWhy()).ruleId();
                    if (ids.contains(id)) {
                        fired.add(id + "(" + d.revisedNeed() + ")");
                    }
                }
                for (String id : d.paceRuleIds().split(" ")) {
                    if (ids.contains(id)) {
                        fired.add(id + "(" + String.format(Locale.ROOT, "%.2f", id.equals("BOSETT-01") ? d.settlementTempo()
                                : d.settlementCeiling()) + ")");
                    }
                }
                assertEquals(new TreeSet<>(RuleCases.expect(m)), fired, m.get("case") + ", " + month);
            }
        }
    }

    /** A kommune of the criteria and decision cases, from a case row's columns. */
    private static KommuneFacts kommune(CSVRecord row) {
        int pop = RuleCases.i(row, "population");
        int pop25 = RuleCases.s(row, "population2025").isEmpty() ? pop : RuleCases.i(row, "population2025");
        return new KommuneFacts("0001", "Test", "00", "Test", pop, 2024, pop, pop25, 0, 0, last(row, "anmodet_last"),
                last(row, "vedtatt_last"), last(row, "bosatt_last"), Boolean.parseBoolean(RuleCases.s(row, "excluded")),
                -1, RuleCases.s(row, "known_vedtatt").isEmpty() ? -1 : RuleCases.i(row, "known_vedtatt"),
                RuleCases.s(row, "current_vedtatt").isEmpty() ? KommuneFacts.Standing.NONE : new KommuneFacts.Standing(
                        RuleCases.s(row, "current_anmodet").isEmpty() ? -1 : RuleCases.i(row, "current_anmodet"), RuleCases.i(row, "current_vedtatt")),
                RuleCases.s(row, "last_willingness").isEmpty() ? Double.NaN : RuleCases.d(row, "last_willingness"),
                RuleCases.d(row, "draw"), RuleCases.s(row, "last_published").isEmpty() ? -1 : RuleCases.i(row, "last_published"));
    }

    private static int last(CSVRecord row, String column) {
        return RuleCases.s(row, column).isEmpty() ? -1 : RuleCases.i(row, column);
    }

    private static PlanningFacts plan(CSVRecord row, List<KommuneFacts> kommuner, Map<String, Double> params) {
        int fixed = RuleCases.s(row, "fixed_need").isEmpty() ? -1 : RuleCases.i(row, "fixed_need");
        return new PlanningFacts(2026, YearMonth.of(2025, 10), RuleCases.s(row, "criteria").isEmpty() ? "2024" : row.get("criteria"),
                fixed, fixed < 0 ? -1 : RuleCases.i(row, "fixed_need_em"), fixed < 0 ? no.bosim.rules.Reason.NONE : no.bosim.rules.Reason.norwegian("a case's given need"),
                RuleCases.i(row, "forecast"), RuleCases.i(row, "forecast_em"), no.bosim.rules.Reason.norwegian("a case's forecast"), RuleCases.i(row, "settlement_ready"),
                RuleCases.i(row, "settlement_ready_em"), RuleCases.s(row, "last_need").isEmpty() ? -1 : RuleCases.i(row, "last_need"),
                false, 0, "true".equals(RuleCases.s(row, "deterministic")), Map.of(),
                RuleCases.s(row, "county_year").isEmpty() ? -1 : RuleCases.i(row, "county_year"),
                RuleCases.s(row, "last_published").isEmpty() ? -1 : 2024, kommuner, params);
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheWaitingTimeGoals() throws IOException {
        return RuleCases.rows("bosetting.drl").stream().filter(r -> RuleCases.s(r, "month").isEmpty())
                .map(row -> DynamicTest.dynamicTest("bosetting.drl: " + row.get("case"), () -> {
                    no.bosim.rules.WaitingGroup group = new no.bosim.rules.WaitingGroup("G", Boolean.parseBoolean(RuleCases.s(row, "minor")),
                            Boolean.parseBoolean(RuleCases.s(row, "with_children")));
                    Map<String, Double> params = RuleCases.parameters(YearMonth.of(2025, 1), row);
                    // The rule that decided, through a session of the rule book ...
                    SessionRun run = new SessionRun(params);
                    run.insert(new Ventegruppe(group));
                    Set<String> fired = new TreeSet<>();
                    for (Object o : run.fire(Ventetidsmaal.class)) {
                        Ventetidsmaal g = (Ventetidsmaal) o;
                        fired.add(g.getRuleId() + "(" + g.getMonths() + ")");
                    }
                    assertEquals(new TreeSet<>(RuleCases.expect(row)), fired, row.get("case"));
                    // ... and the goal the simulator is given, through the policy it asks.
                    try (DroolsPolicy policy = new DroolsPolicy(rules)) {
                        String expected = RuleCases.expect(row).iterator().next();
                        assertEquals(expected.substring(expected.indexOf('(') + 1, expected.indexOf(')')),
                                String.valueOf(policy.waitingGoals(List.of(group), params).get("G")), row.get("case"));
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheNeedRules() throws IOException {
        return RuleCases.rows("behov.drl").stream().filter(r -> RuleCases.s(r, "month").isEmpty())
                .map(row -> DynamicTest.dynamicTest("behov.drl: " + row.get("case"), () -> {
                    SessionRun run = new SessionRun(RuleCases.parameters(YearMonth.of(2025, 10), row));
                    run.insert(new Plan(plan(row, List.of(), run.params)));
                    Set<String> fired = new TreeSet<>();
                    for (Object o : run.fire(Behov.class)) {
                        Behov b = (Behov) o;
                        fired.add(b.getRuleId() + "(" + b.getNeed() + "/" + b.getNeedEm() + ")");
                    }
                    assertEquals(new TreeSet<>(RuleCases.expect(row)), fired);
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheCriteriaRules() throws IOException {
        return RuleCases.rows("kriterier.drl").stream().map(row -> DynamicTest.dynamicTest("kriterier.drl: " + row.get("case"), () -> {
            SessionRun run = new SessionRun(RuleCases.parameters(YearMonth.of(2025, 10), row));
            KommuneFacts k = kommune(row);
            run.insert(new Plan(plan(row, List.of(k), run.params)));
            run.insert(new Kommune(k, row.get("criteria")));
            Set<String> fired = new TreeSet<>();
            for (Object o : run.fire(Vurdering.class)) {
                Vurdering v = (Vurdering) o;
                fired.add(v.getKind() == Vurdering.Kind.VEKT ? String.format(Locale.ROOT, "%s(%.3f)", v.getRuleId(), v.getFactor()) : v.getRuleId());
            }
            assertEquals(new TreeSet<>(RuleCases.expect(row)), fired);
        }));
    }

    /**
     * The same criteria cases through the planner the simulator calls (PlanningRules: the rules,
     * how their conclusions combine, Fordeling, the decisions): the kommune's plan names every rule
     * the case expects, and it is asked for people exactly when the rules made it eligible. A large
     * kommune that every set asks stands beside it, so the need always has somewhere to go.
     */
    @TestFactory
    Stream<DynamicTest> everyCriteriaCaseAlsoThroughThePlanner() throws IOException {
        return RuleCases.rows("kriterier.drl").stream().map(row -> DynamicTest.dynamicTest("kriterier.drl via PlanningRules: "
                + row.get("case"), () -> {
            Map<String, Double> params = RuleCases.parameters(YearMonth.of(2025, 10), row);
            KommuneFacts k = kommune(row);
            KommuneFacts large = new KommuneFacts("0002", "Stor", "00", "Test", 500_000, 2024, 500_000, 500_000, 0, 0, 1_000, 1_000, 1_000,
                    false, -1, -1, KommuneFacts.Standing.NONE, Double.NaN, 0.5, 1_000);
            no.bosim.rules.SettlementPlan plan = new PlanningRules(rules, null).plan(plan(row, List.of(k, large), params));
            no.bosim.rules.KommunePlan mine = plan.kommuner().stream().filter(p -> p.kommunenummer().equals(k.kommunenummer()))
                    .findFirst().orElseThrow();
            Set<String> named = Set.of(mine.ruleIds().split(" "));
            for (String id : RuleCases.expect(row)) {
                String bare = id.contains("(") ? id.substring(0, id.indexOf('(')) : id;
                assertTrue(named.contains(bare), row.get("case") + ": the plan names " + bare + ": " + mine.ruleIds());
            }
            if (mine.weight() == 0) {
                assertEquals(0, mine.anmodet(), row.get("case") + ": a kommune the rules left out is asked for no one: " + mine);
            }
            assertEquals(plan.need(), plan.kommuner().stream().mapToInt(no.bosim.rules.KommunePlan::anmodet).sum(),
                    row.get("case") + ": the two kommuner are asked for the whole need");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheDecisionRules() throws IOException {
        return RuleCases.rows("vedtak.drl").stream().map(row -> DynamicTest.dynamicTest("vedtak.drl: " + row.get("case"), () -> {
            SessionRun run = new SessionRun(RuleCases.parameters(YearMonth.of(2025, 10), row));
            run.insert(new Anmodning(kommune(row), RuleCases.i(row, "anmodet"), RuleCases.i(row, "anmodet_em"),
                    "true".equals(RuleCases.s(row, "deterministic"))));
            Set<String> fired = new TreeSet<>();
            for (Object o : run.fire(Vedtak.class)) {
                Vedtak v = (Vedtak) o;
                fired.add(v.getRuleId() + "(" + v.getVedtatt() + "/" + v.getVedtattEm() + ")");
            }
            assertEquals(new TreeSet<>(RuleCases.expect(row)), fired);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheCostRules() throws IOException {
        return RuleCases.rows("kostnad.drl").stream().map(row -> DynamicTest.dynamicTest("kostnad.drl: " + row.get("case"), () -> {
            SessionRun run = new SessionRun(RuleCases.parameters(YearMonth.of(2025, 12), row));
            switch (row.get("fact")) {
                case "kull" -> run.insert(new Kull(switch (row.get("a")) {
                    case "ordinær" -> Kull.ORDINAER;
                    case "em" -> Kull.EM;
                    default -> throw new IllegalArgumentException("unknown kind of cohort " + row.get("a"));
                }, RuleCases.i(row, "b")));
                case "mottak" -> run.insert(new Mottaksaar(RuleCases.d(row, "a"), RuleCases.d(row, "b")));
                case "dekning" -> {
                    run.insert(new Dekning(row.get("a"), 2025 * 12 + 11, RuleCases.d(row, "b")));
                    if (row.isMapped("c") && !row.get("c").isBlank()) {
                        run.insert(new Dekning(row.get("a"), 2024 * 12 + 11, RuleCases.d(row, "c")));
                    }
                }
                default -> throw new IllegalArgumentException("unknown fact " + row.get("fact"));
            }
            Set<String> fired = new TreeSet<>();
            for (Object o : run.fire(Object.class)) {
                if (o instanceof Sats x) {
                    fired.add(x.getRuleId() + "(" + Math.round(x.getNok()) + ")");
                } else if (o instanceof Belop b) {
                    fired.add(b.getRuleId() + "(" + Math.round(b.getNok()) + ")");
                } else if (o instanceof Varsel v) {
                    fired.add(v.getRuleId());
                }
            }
            assertEquals(new TreeSet<>(RuleCases.expect(row)), fired);
        }));
    }

    /** A fresh session on the shipped rules with the parameters in it, collecting the yearly rules' conclusions. */
    private static final class SessionRun {
        private final org.kie.api.runtime.KieSession session = rules.kieBase().newKieSession();
        private final Conclusions conclusions = new Conclusions();
        final Map<String, Double> params;

        SessionRun(Map<String, Double> values) {
            params = values;
            session.setGlobal(Conclusions.GLOBAL, conclusions);
            values.forEach((name, value) -> session.insert(new Param(name, value)));
        }

        void insert(Object fact) {
            session.insert(fact);
        }

        java.util.Collection<? extends Object> fire(Class<?> type) {
            session.fireAllRules(1000);
            List<Object> out = new ArrayList<>(session.getObjects(type::isInstance));
            // What the yearly rules conclude goes to the global, not into working memory.
            Stream.of(conclusions.behov(), conclusions.vurderinger(), conclusions.vedtak())
                    .flatMap(List::stream).filter(type::isInstance).forEach(out::add);
            session.dispose();
            return out;
        }
    }

    @Test
    void everyShippedRuleFileHasACaseFileAndEveryDecidingRuleInItHasACaseWhereItDecides() throws IOException {
        List<String> onDisk;
        try (Stream<java.nio.file.Path> files = Files.list(RuleCases.RULES)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList();
        }
        assertEquals(RuleBook.SHIPPED.stream().sorted().toList(), onDisk, "every rule file in rules/drl/ is shipped");
        for (String file : onDisk) {
            assertTrue(Files.exists(RuleCases.caseFile(file)), file + " has no case file " + RuleCases.caseFile(file));
            Set<String> ids = decidingIds(file);
            assertTrue(!ids.isEmpty(), file + ": the compiled rules name no rule of this file");
            List<String> expected = new ArrayList<>();
            RuleCases.rows(file).forEach(row -> expected.addAll(RuleCases.expect(row)));
            for (String id : ids) {
                assertTrue(expected.stream().anyMatch(e -> e.equals(id) || e.startsWith(id + "(")),
                        file + ": rule " + id + " has no case in which it decides");
            }
        }
    }

    @Test
    void everyCompiledRuleHasAUniqueIdAndWarningsAndOrdersHaveAClauseAndSeverity() {
        Set<String> seen = new java.util.HashSet<>();
        for (RuleBook.RuleInfo r : rules.rules()) {
            assertTrue(r.id() != null, r.file() + ": rule '" + r.name() + "' has no @id");
            assertTrue(seen.add(r.id()), r.file() + ": @id " + r.id() + " is used twice");
            assertTrue(r.name().startsWith(r.id() + " "), r.file() + ": rule '" + r.name() + "' is not named by its id");
            if (r.id().startsWith("VARSEL") || r.id().startsWith("KAP") || r.id().startsWith("BEHANDLING")) {
                assertTrue(r.metadata().containsKey("clause") && r.metadata().containsKey("severity"),
                        r.file() + ": " + r.id() + " raises an alert or an order and needs @clause and @severity");
            }
        }
    }

    @Test
    void aRuleFileThatDoesNotCompileIsReportedAsFileAndLine() throws IOException {
        java.nio.file.Path dir = Files.createTempDirectory("bad-rules");
        Files.writeString(dir.resolve("broken.drl"), "package x;\n\nrule \"A\"\nwhen\n    Nothing(\nthen\nend\n");
        try {
            RuleProblem p = org.junit.jupiter.api.Assertions.assertThrows(RuleProblem.class, () -> RuleBook.fromFolder(dir));
            assertTrue(p.errors().get(0).startsWith(dir.resolve("broken.drl") + ":"), p.errors().toString());
        } finally {
            Files.delete(dir.resolve("broken.drl"));
            Files.delete(dir);
        }
    }
}

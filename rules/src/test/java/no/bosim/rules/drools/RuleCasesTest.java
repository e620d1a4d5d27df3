package no.bosim.rules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.bosim.rules.Alert;
import no.bosim.rules.CapacityOrder;
import no.bosim.rules.MonthDecisions;
import no.bosim.rules.MonthFacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case of every shipped rule file through Drools, with the same loader the CLI uses
 * ({@link RuleBook#shipped()}) and a fresh session per case, and checks exactly which of the
 * file's rules decide in each month. A guard fails when a rule file or a rule has no case.
 */
class RuleCasesTest {

    private static RuleBook rules;
    private static Map<String, Double> params;

    @BeforeAll
    static void compileTheShippedRules() throws IOException {
        rules = RuleBook.shipped();
        params = RuleCases.shippedParameters();
    }

    /** Monthly rule files: a case is a run of months. */
    private static final List<String> MONTHLY = List.of("varsling.drl", "kapasitet.drl");

    @TestFactory
    Stream<DynamicTest> everyCaseOfEveryMonthlyRuleFile() {
        return MONTHLY.stream().flatMap(file -> {
            try {
                Set<String> ids = RuleCases.ruleIds(file);
                return RuleCases.read(file).entrySet().stream().map(c -> DynamicTest.dynamicTest(file + ": " + c.getKey(),
                        () -> run(c.getValue(), ids)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void run(List<RuleCases.Month> months, Set<String> ids) {
        DroolsPolicy policy = new DroolsPolicy(rules);
        for (RuleCases.Month m : months) {
            MonthDecisions d = policy.decideMonth(new MonthFacts(m.month(), 0, m.inMottak(), 0, 0, m.capacity(), 0,
                    m.settlementReady(), m.longWaiters(), m.emLongWaiters(), m.settledYear(), m.vedtattYear(), m.needYear(), params));
            Set<String> fired = new LinkedHashSet<>();
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
            assertEquals(m.expect(), fired, m.month().toString());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheCriteriaRules() throws IOException {
        return RuleCases.rows("kriterier.drl").stream().map(row -> DynamicTest.dynamicTest("kriterier.drl: " + row.get("case"), () -> {
            Map<String, Double> overrides = new java.util.HashMap<>(params);
            for (String kv : row.get("params").trim().split("\\s+")) {
                if (!kv.isEmpty()) {
                    overrides.put(kv.split("=")[0], Double.parseDouble(kv.split("=")[1]));
                }
            }
            KieSessionRun run = new KieSessionRun(overrides);
            run.insert(new Plan(2026, num(row, "need"), 50, row.get("criteria"), num(row, "settlement_ready"), num(row, "grants_last_year")));
            run.insert(new Kommune(new no.bosim.rules.KommuneFacts("0001", "Test", "00", "Test", num(row, "population"),
                    num(row, "population2025"), 0, 0, num(row, "anmodet_last"), num(row, "vedtatt_last"), num(row, "bosatt_last"),
                    Boolean.parseBoolean(row.get("excluded")), 0.0), row.get("criteria")));
            Set<String> fired = new java.util.TreeSet<>();
            for (Object o : run.fire(Object.class)) {
                if (o instanceof Vurdering v) {
                    fired.add(v.getKind() == Vurdering.Kind.VEKT
                            ? String.format(java.util.Locale.ROOT, "%s(%.3f)", v.getRuleId(), v.getFactor()) : v.getRuleId());
                } else if (o instanceof Behov b) {
                    fired.add(b.getRuleId() + "(" + b.getNeed() + ")");
                }
            }
            assertEquals(new java.util.TreeSet<>(RuleCases.expect(row)), fired);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheDecisionRules() throws IOException {
        return RuleCases.rows("vedtak.drl").stream().map(row -> DynamicTest.dynamicTest("vedtak.drl: " + row.get("case"), () -> {
            KieSessionRun run = new KieSessionRun(params);
            run.insert(new Anmodning("0001", num(row, "population"), num(row, "anmodet"), num(row, "anmodet_em"), Double.parseDouble(row.get("noise"))));
            Set<String> fired = new java.util.TreeSet<>();
            for (Object o : run.fire(Vedtak.class)) {
                Vedtak v = (Vedtak) o;
                fired.add(v.getRuleId() + "(" + v.getVedtatt() + "/" + v.getVedtattEm() + ")");
            }
            assertEquals(new java.util.TreeSet<>(RuleCases.expect(row)), fired);
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheCostRules() throws IOException {
        return RuleCases.rows("kostnad.drl").stream().map(row -> DynamicTest.dynamicTest("kostnad.drl: " + row.get("case"), () -> {
            KieSessionRun run = new KieSessionRun(params);
            switch (row.get("fact")) {
                case "kull" -> run.insert(new Kull(row.get("a"), num(row, "b")));
                case "mottak" -> run.insert(new Mottaksaar(Double.parseDouble(row.get("a")), Double.parseDouble(row.get("b"))));
                case "dekning" -> run.insert(new Dekning(row.get("a"), 2025 * 12 + 11, Double.parseDouble(row.get("b"))));
                default -> throw new IllegalArgumentException("unknown fact " + row.get("fact"));
            }
            Set<String> fired = new java.util.TreeSet<>();
            for (Object o : run.fire(Object.class)) {
                if (o instanceof Sats x) {
                    fired.add(x.getRuleId() + "(" + Math.round(x.getNok()) + ")");
                } else if (o instanceof Belop b) {
                    fired.add(b.getRuleId() + "(" + Math.round(b.getNok()) + ")");
                } else if (o instanceof Varsel v) {
                    fired.add(v.getRuleId());
                }
            }
            assertEquals(new java.util.TreeSet<>(RuleCases.expect(row)), fired);
        }));
    }

    /** A fresh session on the shipped rules with the shipped parameters in it, collecting the yearly rules' conclusions. */
    private static final class KieSessionRun {
        private final org.kie.api.runtime.KieSession session = rules.kieBase().newKieSession();
        private final Conclusions conclusions = new Conclusions();

        KieSessionRun(Map<String, Double> values) {
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
            java.util.stream.Stream.of(conclusions.behov(), conclusions.vurderinger(), conclusions.vedtak())
                    .flatMap(List::stream).filter(type::isInstance).forEach(out::add);
            session.dispose();
            return out;
        }
    }

    private static int num(org.apache.commons.csv.CSVRecord row, String column) {
        return Integer.parseInt(row.get(column).trim());
    }

    @Test
    void everyShippedRuleFileHasACaseFileAndEveryRuleInItHasACaseWhereItFires() throws IOException {
        List<String> onDisk;
        try (Stream<java.nio.file.Path> files = Files.list(RuleCases.RULES)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList();
        }
        assertEquals(RuleBook.SHIPPED.stream().sorted().toList(), onDisk, "every rule file in rules/drl/ is shipped");
        for (String file : onDisk) {
            assertTrue(Files.exists(RuleCases.caseFile(file)), file + " has no case file " + RuleCases.caseFile(file));
            List<String> expected = new ArrayList<>();
            RuleCases.rows(file).forEach(row -> expected.addAll(RuleCases.expect(row)));
            for (String id : RuleCases.ruleIds(file)) {
                assertTrue(expected.stream().anyMatch(e -> e.equals(id) || e.startsWith(id + "(")),
                        file + ": rule " + id + " has no case in which it fires");
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

package no.bosim.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import no.bosim.rules.drools.Explanations;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Problem;
import no.bosim.scenario.Scenario;
import no.bosim.scenario.ScenarioLoader;
import no.bosim.simulator.Simulation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bosim explain}: why a kommune was asked for what it was asked in a year, or which facts
 * an alert matched in a month. A run is a pure function of scenario, rules and seed, so the
 * command runs the scenario again, recording the rules' reasons, and writes nothing.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = {"Explains a request or an alert by running the scenario again with the rules recording their reasons.",
                "  bosim explain out/default --kommune 0301 --year 2026   why Oslo was asked for N in 2026 in that run",
                "  bosim explain --alert VARSEL-03 --month 2025-06   which facts the alert matched (shipped default)"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO|DIR", description = "Scenario YAML file (default: the shipped "
            + "default), or a run's folder (as --run).")
    Path scenarioFile;

    @Option(names = "--lang", paramLabel = "nb|en", description = "Language of the explanation: nb (default) or en. A user's rule "
            + "that gives its reason in Norwegian only is quoted in Norwegian.")
    String lang = "nb";

    @Mixin
    SharedOptions.Seed seedOption;

    @Mixin
    SharedOptions.Rules rules;

    @Option(names = "--run", paramLabel = "DIR", description = "A run's folder: explain that run, with the seed and mode its "
            + "manifest records, checked to be the same scenario and rules (give SCENARIO when it was not a shipped one).")
    Path runDir;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Question question;

    /** Exactly one question: a kommune's request, or an alert. */
    static final class Question {
        @ArgGroup(exclusive = false)
        Request request;
        @ArgGroup(exclusive = false)
        AlertQuestion alert;
    }

    /** Why kommune K was asked for what it was asked in year Y. */
    static final class Request {
        @Option(names = "--kommune", required = true, paramLabel = "NNNN", description = "Kommunenummer, e.g. 0301.")
        String kommune;
        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Simulated year.")
        int year;
    }

    /** Which facts alert X matched in month M. */
    static final class AlertQuestion {
        @Option(names = "--alert", required = true, paramLabel = "ID", description = "Rule id, e.g. VARSEL-03.")
        String ruleId;
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "Month of the alert.")
        String month;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!lang.equals("nb") && !lang.equals("en")) {
            throw new InputException(new Problem("--lang", 0, "", "is '" + lang + "'; expected nb or en"));
        }
        boolean nb = lang.equals("nb");
        if (runDir == null && scenarioFile != null && java.nio.file.Files.isDirectory(scenarioFile)) {
            runDir = scenarioFile;
            scenarioFile = null;
        }
        RunRecord run = runDir == null ? null : RunRecord.read(runDir);
        Path file = scenarioFile;
        if (run != null && file == null) {
            if (run.shippedScenario() == null) {
                throw new InputException(new Problem("--run", 0, "", runDir + " was made from a scenario file of your own ("
                        + run.firstScenarioFile() + "); give that file as SCENARIO"));
            }
            file = ScenarioLoader.shipped(run.shippedScenario());
        }
        Scenario scenario = ScenarioArgument.load(file);
        if (run != null) {
            if (!scenario.sha256().equals(run.scenarioSha256())) {
                throw new InputException(new Problem("--run", 0, "", runDir + " was made from a scenario whose files hash to "
                        + run.scenarioSha256().substring(0, 12) + "…; " + scenario.name() + " now hashes to " + scenario.sha256().substring(0, 12)
                        + "…: the scenario or a file it names changed since the run, so the run cannot be explained from it"));
            }
            scenario = scenario.withSeed(run.seed());
            if ("deterministic".equals(run.mode())) {
                scenario = scenario.withMode(no.bosim.scenario.Mode.DETERMINISTIC);
            }
        }
        scenario = seedOption.applyTo(scenario);
        Policies policies = Policies.choose("rules", rules.dir);
        if (run != null && !policies.ruleHashes().equals(run.ruleHashes())) {
            throw new InputException(new Problem("--run", 0, "", runDir + " ran under other rule files than these ("
                    + (rules.dir == null ? "the shipped rules" : rules.dir) + "); give the rule folder it ran under with --rules"));
        }
        policies.check(scenario);
        YearMonth month = question.alert == null ? null : month(question.alert.month);
        if (question.request != null) {
            String nr = question.request.kommune;
            if (scenario.municipalities().stream().noneMatch(m -> m.kommunenummer().equals(nr))) {
                throw new InputException(new Problem("--kommune", 0, "", "'" + nr + "' is not a kommunenummer of the scenario; expected 4 digits, e.g. 0301"));
            }
            int year = question.request.year;
            if (year < scenario.start().getYear() || year > scenario.end().getYear()) {
                throw new InputException(new Problem("--year", 0, "", year + " is outside the scenario's " + scenario.start()
                        + " to " + scenario.end()));
            }
        } else if (!policies.alertIds().contains(question.alert.ruleId)) {
            throw new InputException(new Problem("--alert", 0, "", "'" + question.alert.ruleId + "' is no alert of the rules in force; "
                    + "expected one of " + String.join(", ", policies.alertIds())));
        } else if (month.isBefore(scenario.start()) || month.isAfter(scenario.end())) {
            throw new InputException(new Problem("--month", 0, "", month + " is outside the scenario's " + scenario.start()
                    + " to " + scenario.end()));
        }
        Explanations why = new Explanations(lang);
        no.bosim.simulator.RunResult result = Simulation.run(scenario, policies.explainingPolicy(why));
        String mode = scenario.mode() == no.bosim.scenario.Mode.DETERMINISTIC ? (nb ? "deterministisk" : "deterministic")
                : (nb ? "frø " : "seed ") + scenario.seed();
        if (question.request != null) {
            String nr = question.request.kommune;
            var kommune = scenario.municipalities().stream().filter(m -> m.kommunenummer().equals(nr)).findFirst().orElseThrow();
            out.printf(nb ? "Kommune %s %s (%s), %d, kriterier %s, scenario %s, %s:%n" : "Kommune %s %s (%s), %d, criteria %s, scenario %s, %s:%n",
                    nr, kommune.kommune(), kommune.fylke(), question.request.year,
                    scenario.criteria().forYear(question.request.year), scenario.name(), mode);
            why.plan(question.request.year, nr).forEach(line -> out.println("  " + line));
            return 0;
        }
        List<Explanations.Match> matches = why.alerts(question.alert.ruleId, month);
        if (matches.isEmpty()) {
            out.printf(nb ? "%s gikk ikke i %s (scenario %s, %s).%n" : "%s did not fire in %s (scenario %s, %s).%n",
                    question.alert.ruleId, month, scenario.name(), mode);
            return 0;
        }
        // What the alert said in the run (its message, value against threshold, clause), then the facts behind it.
        for (no.bosim.rules.Alert a : result.alerts()) {
            if (a.ruleId().equals(question.alert.ruleId) && a.month().equals(month)) {
                out.printf(nb ? "%s gikk i %s (%s, avtalepunkt %s, gjelder %s):%n  %s%n  verdi %s mot grensen %s%n"
                                : "%s fired in %s (%s, agreement clause %s, about %s):%n  %s%n  value %s against the threshold %s%n",
                        "«" + (nb ? a.name() : result.ruleNamesEn().getOrDefault(a.ruleId(), a.name())) + "» (" + a.ruleId() + ")", a.month(), nb ? a.severity().label() : a.severity().english(), a.clause(), a.subject(),
                        a.message(!nb), number(a.value(), nb), number(a.threshold(), nb));
            }
        }
        for (Explanations.Match m : matches) {
            // The rule by its words, its id beside them: "«Ankomstene har økt kraftig» (VARSEL-09)".
            int space = m.rule().indexOf(' ');
            String id = space > 0 ? m.rule().substring(0, space) : m.rule();
            String words = space > 0 ? (nb ? m.rule().substring(space + 1) : result.ruleNamesEn().getOrDefault(id, m.rule().substring(space + 1))) : null;
            String rule = words != null ? "«" + words + "» (" + id + ")" : m.rule();
            out.println(nb ? "  Faktaene regelen " + rule + " traff (slik regelmotoren ser dem):"
                    : "  The facts rule " + rule + " matched (as the rule engine sees them):");
            (nb ? m.facts() : m.factsEn()).forEach(f -> out.println("    " + f));
        }
        return 0;
    }

    /** A value as the alert table shows it: shares as percentages, counts whole, in the language's format. */
    private static String number(double v, boolean nb) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(nb ? java.util.Locale.forLanguageTag("nb-NO") : java.util.Locale.UK);
        f.setMaximumFractionDigits(1);
        return Math.abs(v) <= 1.5 && v != Math.rint(v) ? f.format(100 * v) + " %" : f.format(v);
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new InputException(new Problem("--month", 0, "", "is '" + text + "'; expected YYYY-MM"));
        }
    }
}

package no.bosim.app;

import java.nio.file.Path;
import java.util.List;
import no.bosim.rules.Policy;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.Explanations;
import no.bosim.rules.drools.RuleBook;
import no.bosim.rules.standin.CarryForward2024Policy;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Problem;

/**
 * The policies a run can use, by name: {@code rules} (the Drools rule sets, shipped or from
 * {@code --rules DIR}) or {@code stand-in} (the carry-forward stand-in, the simulator's
 * bookkeeping alone). An unknown name fails with the list of known ones.
 */
public final class Policies {

    public static final String DEFAULT = "rules";
    static final List<String> KNOWN = List.of("rules", "stand-in");

    private final String name;
    private final RuleBook rules;

    private Policies(String name, RuleBook rules) {
        this.name = name;
        this.rules = rules;
    }

    /**
     * {@link #choose} on a thread of its own, so the rules load while the caller reads the scenario
     * (each takes about a third of a second of a cold run); the supplier waits for them and throws
     * what choosing threw. Read the scenario first and its errors come first, as before.
     */
    static java.util.function.Supplier<Policies> ahead(String name, Path rulesDir) {
        java.util.concurrent.FutureTask<Policies> task = new java.util.concurrent.FutureTask<>(() -> choose(name, rulesDir));
        Thread loader = new Thread(task, "bosim-rules");
        loader.setDaemon(true);
        loader.start();
        return () -> {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading the rules", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        };
    }

    /** Compiles the rules once; {@link #newPolicy()} then gives each run its own session. */
    public static Policies choose(String name, Path rulesDir) {
        if (!KNOWN.contains(name)) {
            throw new InputException(new Problem("--policy", 0, "", "'" + name + "' is not a policy; expected one of " + KNOWN));
        }
        if (name.equals("stand-in")) {
            if (rulesDir != null) {
                throw new InputException(new Problem("--rules", 0, "", "is given with --policy stand-in, which reads no rule files; "
                        + "drop --rules, or use --policy rules"));
            }
            return new Policies(name, null);
        }
        return new Policies(name, rulesDir == null ? RuleBook.shipped() : RuleBook.fromFolder(rulesDir));
    }

    /** How the rules were made ready, for bench's cold figure: "prebuilt", "kept", "compiled", "classic", or "no rules". */
    String origin() {
        return rules == null ? "no rules" : rules.origin().name().toLowerCase(java.util.Locale.ROOT);
    }

    public Policy newPolicy() {
        return rules == null ? new CarryForward2024Policy() : new DroolsPolicy(rules);
    }

    /** A Drools policy that records why it decided; only for the rules. */
    DroolsPolicy explainingPolicy(Explanations explanations) {
        if (rules == null) {
            throw new InputException(new Problem("--policy", 0, "", "the stand-in makes no decisions to explain; use the rules"));
        }
        return new DroolsPolicy(rules, explanations);
    }

    /** Fails before anything runs when the scenario names a criteria set the rule files do not define. */
    public void check(no.bosim.scenario.Scenario scenario) {
        if (rules == null) {
            return;
        }
        java.util.Map<String, String> given = new java.util.TreeMap<>();
        scenario.parameters().all().values().forEach(p -> given.put(p.name(), p.values().get(0).file() + ":" + p.values().get(0).line()));
        List<Problem> problems = new java.util.ArrayList<>(rules.contract().check(given, no.bosim.simulator.Simulation.parametersRead(),
                scenario.name()).stream().map(Policies::problem).toList());
        // A window a rule reads must fit in the months of history the session keeps; windows are known by their unit.
        for (String name : rules.contract().readers().keySet()) {
            if (scenario.parameters().has(name) && scenario.parameters().get(name).unit().equals("months")) {
                for (no.bosim.scenario.DatedValue v : scenario.parameters().get(name).values()) {
                    if (v.value() >= DroolsPolicy.HISTORY_MONTHS) {
                        problems.add(new Problem(v.file(), v.line(), name + ".values." + v.from() + ".value", "is " + v.value()
                                + " months; the rules keep " + DroolsPolicy.HISTORY_MONTHS + " months of history, so a window of at most "
                                + (DroolsPolicy.HISTORY_MONTHS - 1) + " months can be complete"));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        for (String name : scenario.criteria().names()) {
            if (!rules.criteriaSets().contains(name)) {
                throw new InputException(new Problem(scenario.chain().get(0), 0, "criteria", "is '" + name
                        + "'; the rule files define the criteria sets " + rules.criteriaSets()));
            }
        }
    }

    /** A contract finding, {@code file:line: message}, as a problem naming its file and line. */
    private static Problem problem(String finding) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.+?):(\\d+): (.*)$").matcher(finding);
        if (m.matches()) {
            return new Problem(m.group(1), Integer.parseInt(m.group(2)), "", m.group(3));
        }
        int colon = finding.indexOf(": ");
        return colon < 0 ? new Problem("rules", 0, "", finding) : new Problem(finding.substring(0, colon), 0, "", finding.substring(colon + 2));
    }

    /** The ids of the rules that raise alerts, in id order. */
    java.util.SortedSet<String> alertIds() {
        return rules == null ? new java.util.TreeSet<>() : rules.contract().alertIds();
    }

    /** The criteria sets the rule files define (none for the stand-in). */
    public java.util.SortedSet<String> criteriaSets() {
        return rules == null ? new java.util.TreeSet<>() : new java.util.TreeSet<>(rules.criteriaSets());
    }

    /** Rule files in force and their SHA-256, for the manifest (none for the stand-in). */
    public java.util.Map<String, String> ruleHashes() {
        return rules == null ? java.util.Map.of() : rules.sha256();
    }
}

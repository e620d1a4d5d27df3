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
final class Policies {

    static final String DEFAULT = "rules";
    static final List<String> KNOWN = List.of("rules", "stand-in");

    private final String name;
    private final RuleBook rules;

    private Policies(String name, RuleBook rules) {
        this.name = name;
        this.rules = rules;
    }

    /** Compiles the rules once; {@link #newPolicy()} then gives each run its own session. */
    static Policies choose(String name, Path rulesDir) {
        if (!KNOWN.contains(name)) {
            throw new InputException(new Problem("--policy", 0, "", "'" + name + "' is not a policy; expected one of " + KNOWN));
        }
        if (name.equals("stand-in")) {
            return new Policies(name, null);
        }
        return new Policies(name, rulesDir == null ? RuleBook.shipped() : RuleBook.fromFolder(rulesDir));
    }

    Policy newPolicy() {
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
    void check(no.bosim.scenario.Scenario scenario) {
        if (rules == null) {
            return;
        }
        for (String name : scenario.criteria().names()) {
            if (!rules.criteriaSets().contains(name)) {
                throw new InputException(new Problem(scenario.chain().get(0), 0, "criteria", "is '" + name
                        + "'; the rule files define the criteria sets " + rules.criteriaSets()));
            }
        }
    }

    /** The criteria sets the rule files define (none for the stand-in). */
    java.util.SortedSet<String> criteriaSets() {
        return rules == null ? new java.util.TreeSet<>() : new java.util.TreeSet<>(rules.criteriaSets());
    }

    /** Rule files in force and their SHA-256, for the manifest (none for the stand-in). */
    java.util.Map<String, String> ruleHashes() {
        return rules == null ? java.util.Map.of() : rules.sha256();
    }
}

package no.bosim.rules.drools;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Rule files that bosim cannot use: either they do not compile (each error as
 * {@code file:line: Drools' message}) or a rule failed while the model ran (which rule, in which
 * file, in which month). The two are told apart because the fixes differ: a compile error is in
 * the text, a run-time failure in what the rule does with the scenario's facts.
 */
public final class RuleProblem extends RuntimeException {

    /** Whether the rule files failed to compile or a rule failed while running. */
    public enum Kind { COMPILE, RUN }

    private final Kind kind;
    private final List<String> errors;

    /** Compile errors. */
    public RuleProblem(List<String> errors) {
        this(Kind.COMPILE, errors);
    }

    private RuleProblem(Kind kind, List<String> errors) {
        super(errors.stream().collect(Collectors.joining("\n")));
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    /** A rule that failed, or rules that together failed, while the model ran. */
    public static RuleProblem running(String what) {
        return new RuleProblem(Kind.RUN, List.of(what));
    }

    public Kind kind() {
        return kind;
    }

    public List<String> errors() {
        return errors;
    }
}

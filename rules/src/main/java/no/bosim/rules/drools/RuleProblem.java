package no.bosim.rules.drools;

import java.util.List;
import java.util.stream.Collectors;

/** Rule files that do not compile: each error as {@code file:line: Drools' message}. */
public final class RuleProblem extends RuntimeException {

    private final List<String> errors;

    public RuleProblem(List<String> errors) {
        super(errors.stream().collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}

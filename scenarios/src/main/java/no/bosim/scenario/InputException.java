package no.bosim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input: carries every problem found so the user can fix them all in one pass. */
public final class InputException extends RuntimeException {

    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}

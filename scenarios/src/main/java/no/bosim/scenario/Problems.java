package no.bosim.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects problems while reading so that one pass reports all of them, not just the first. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void add(String file, int line, String field, String message) {
        found.add(new Problem(file, line, field, message));
    }

    public List<Problem> list() {
        return List.copyOf(found);
    }

    /** Throws when anything was found; call at the end of a loading stage. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InputException(found);
        }
    }
}

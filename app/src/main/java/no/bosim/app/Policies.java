package no.bosim.app;

import java.util.Map;
import java.util.function.Supplier;
import no.bosim.rules.Policy;
import no.bosim.rules.standin.CarryForward2024Policy;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Problem;

/** The policies a run can use, by name; an unknown name fails with the list of known ones. */
final class Policies {

    static final String DEFAULT = "stand-in";

    private static final Map<String, Supplier<Policy>> KNOWN = Map.of("stand-in", CarryForward2024Policy::new);

    private Policies() {
    }

    static Policy byName(String name) {
        Supplier<Policy> p = KNOWN.get(name);
        if (p == null) {
            throw new InputException(new Problem("--policy", 0, "", "'" + name + "' is not a policy; expected one of " + KNOWN.keySet()));
        }
        return p.get();
    }
}

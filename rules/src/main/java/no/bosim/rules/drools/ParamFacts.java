package no.bosim.rules.drools;

import java.util.HashMap;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Keeps one {@link Param} fact per parameter in a session that lives for a whole run: a parameter
 * is inserted the first time it is seen and updated only when its value changes, so rules re-match
 * only what changed. The simulator hands over the same map while no value changes, which is
 * recognised at once.
 */
final class ParamFacts {

    private final KieSession session;
    private final Map<String, Param> facts = new HashMap<>();
    private final Map<String, FactHandle> handles = new HashMap<>();
    private Map<String, Double> last;

    ParamFacts(KieSession session) {
        this.session = session;
    }

    /** Whether the session already holds exactly these values (the same map as last time). */
    boolean holds(Map<String, Double> values) {
        return values == last;
    }

    void update(Map<String, Double> values) {
        if (holds(values)) {
            return;
        }
        last = values;
        for (Map.Entry<String, Double> e : values.entrySet()) {
            Param p = facts.get(e.getKey());
            if (p == null) {
                p = new Param(e.getKey(), e.getValue());
                facts.put(e.getKey(), p);
                handles.put(e.getKey(), session.insert(p));
            } else if (p.getValue() != e.getValue()) {
                p.setValue(e.getValue());
                session.update(handles.get(e.getKey()), p);
            }
        }
    }
}

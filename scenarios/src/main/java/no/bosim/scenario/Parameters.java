package no.bosim.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** All parameters of a scenario by name; overlays merge into them by date. */
public final class Parameters {

    private final Map<String, Parameter> byName;

    Parameters(Map<String, Parameter> byName) {
        this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
    }

    public static Parameters of(Map<String, Parameter> byName) {
        return new Parameters(byName);
    }

    public Map<String, Parameter> all() {
        return byName;
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** Fails by name, so a typo in a rule or a scenario names the missing parameter. */
    public Parameter get(String name) {
        Parameter p = byName.get(name);
        if (p == null) {
            throw new IllegalArgumentException("parameter '" + name + "' not found; known: " + byName.keySet());
        }
        return p;
    }

    public double valueAt(String name, YearMonth month) {
        return get(name).valueAt(month);
    }

    /**
     * This set with an overlay applied: an overlay parameter's dated values replace the values of
     * the same date and add the others; description and unit are kept unless the overlay gives them.
     */
    Parameters overlaidWith(Map<String, Parameter> overlay) {
        Map<String, Parameter> merged = new TreeMap<>(byName);
        for (Parameter over : overlay.values()) {
            Parameter base = merged.get(over.name());
            if (base == null) {
                merged.put(over.name(), over);
                continue;
            }
            TreeMap<YearMonth, DatedValue> values = new TreeMap<>();
            base.values().forEach(v -> values.put(v.from(), v));
            over.values().forEach(v -> values.put(v.from(), v));
            merged.put(over.name(), new Parameter(over.name(),
                    over.description().isEmpty() ? base.description() : over.description(),
                    over.descriptionNb() == null ? base.descriptionNb() : over.descriptionNb(),
                    over.unit().isEmpty() ? base.unit() : over.unit(),
                    new ArrayList<>(values.values())));
        }
        return new Parameters(merged);
    }
}

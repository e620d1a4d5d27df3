package no.bosim.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A named, dated, unit-bearing parameter in the manner of OpenFisca: the value in force for a
 * month is the one with the latest date not after it.
 *
 * @param descriptionNb the description in Norwegian ({@code beskrivelse}), or null
 * @param values sorted by date, at least one
 */
public record Parameter(String name, String description, String descriptionNb, String unit, List<DatedValue> values) {

    public Parameter {
        values = List.copyOf(values);
    }

    public Parameter(String name, String description, String unit, List<DatedValue> values) {
        this(name, description, null, unit, values);
    }

    /** The description in {@code lang} ("nb" or "en"), the English one where no Norwegian is given. */
    public String description(String lang) {
        return "nb".equals(lang) && descriptionNb != null ? descriptionNb : description;
    }

    /** The dated value in force in {@code month}, or empty before the first date. */
    public Optional<DatedValue> inForce(YearMonth month) {
        DatedValue found = null;
        for (DatedValue v : values) {
            if (v.from().isAfter(month)) {
                break;
            }
            found = v;
        }
        return Optional.ofNullable(found);
    }

    /** The value in force in {@code month}; loading guarantees one exists from the scenario's start. */
    public double valueAt(YearMonth month) {
        return inForce(month).orElseThrow(() -> new IllegalStateException(
                "parameter " + name + " has no value in force in " + month + "; its first value is from "
                        + values.get(0).from())).value();
    }
}

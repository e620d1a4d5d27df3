package no.bosim.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads parameters from a YAML mapping of {@code name: {description, unit, values: {YYYY-MM: {value,
 * source: {title, url} | assumption}}}}. A value with neither source nor assumption is an error.
 */
final class ParameterReader {

    private ParameterReader() {
    }

    /**
     * @param complete true for a parameter file (description and unit required); false for an
     *                 overlay, which may only add dated values to parameters defined elsewhere
     */
    static Map<String, Parameter> read(YamlMap params, boolean complete) {
        Map<String, Parameter> out = new LinkedHashMap<>();
        for (String name : List.copyOf(params.keys())) {
            if (!name.matches("[a-z][a-z0-9_]*")) {
                params.problem(name, "parameter names are lower case letters, digits and '_' (e.g. behandlingstid_asyl_mnd)");
            }
            Optional<YamlMap> p = params.map(name, true);
            if (p.isEmpty()) {
                continue;
            }
            YamlMap param = p.get();
            String description = param.text("description", complete);
            String unit = param.text("unit", complete);
            String descriptionNb = param.text("beskrivelse", false);
            List<DatedValue> values = new ArrayList<>();
            param.map("values", true).ifPresent(vs -> {
                for (String date : List.copyOf(vs.keys())) {
                    YearMonth from = vs.parseMonth(date, date);
                    vs.map(date, true).ifPresent(entry -> {
                        Double value = entry.number("value", true);
                        Basis basis = basis(entry);
                        entry.finish("value, " + BASIS_FIELDS);
                        if (from != null && value != null && basis != null) {
                            values.add(new DatedValue(from, value, basis, entry.file(), entry.lineOf("value")));
                        }
                    });
                }
                if (vs.keys().isEmpty()) {
                    param.problem("values", "needs at least one dated value (YYYY-MM: {value: ..., source: ...})");
                }
            });
            param.finish("description, beskrivelse, unit, values");
            if (!values.isEmpty()) {
                values.sort(Comparator.comparing(DatedValue::from));
                out.put(name, new Parameter(name, description == null ? "" : description,
                        descriptionNb, unit == null ? "" : unit, values));
            }
        }
        params.finish("parameter names");
        return out;
    }

    /** The fields {@link #basis(YamlMap)} reads, for the callers' lists of known fields. */
    static final String BASIS_FIELDS = "source, assumption, antakelse";

    /**
     * Reads {@code source: {title, url, tittel}} or {@code assumption: text} with its Norwegian
     * {@code antakelse}; exactly one of source and assumption must be there.
     */
    static Basis basis(YamlMap entry) {
        return basis(entry, "value");
    }

    /** As {@link #basis(YamlMap)}; a missing basis is reported at {@code field}. */
    static Basis basis(YamlMap entry, String field) {
        boolean hasSource = entry.has("source");
        boolean hasAssumption = entry.has("assumption");
        if (hasSource && hasAssumption) {
            entry.problem("assumption", "give either a source or an assumption, not both");
            entry.text("assumption", false);
            entry.text("antakelse", false);
            entry.map("source", false);
            return null;
        }
        if (hasAssumption) {
            String text = entry.text("assumption", true);
            if (text != null && text.isBlank()) {
                entry.problem("assumption", "is empty; say what is assumed and why");
                return null;
            }
            String textNb = entry.text("antakelse", false);
            if (textNb != null && textNb.isBlank()) {
                entry.problem("antakelse", "is empty; give the assumption's reason in Norwegian, or leave the field out");
                return null;
            }
            return text == null ? null : new Basis.Assumption(text, textNb);
        }
        if (entry.has("antakelse")) {
            entry.problem("antakelse", "is the Norwegian text of an assumption; this figure has no assumption");
            entry.text("antakelse", false);
        }
        if (hasSource) {
            Optional<YamlMap> src = entry.map("source", true);
            if (src.isEmpty()) {
                return null;
            }
            String title = src.get().text("title", true);
            String url = src.get().text("url", true);
            String titleNb = src.get().text("tittel", false);
            src.get().finish("title, tittel, url");
            if (url != null && !url.matches("https?://\\S+")) {
                src.get().problem("url", "is '" + url + "'; expected a web address starting with http:// or https://");
                return null;
            }
            return title == null || url == null ? null : new Basis.Source(title, url, titleNb);
        }
        entry.problem(field, "has neither a source (title + url) nor an assumption; every figure needs one");
        return null;
    }
}

package no.bosim.contract;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the few JSON shapes the manifest needs (maps, lists, strings, numbers), indented, keys in
 * given order, and reads any bosim manifest back as a tree with a JSON reader (snakeyaml-engine: JSON is
 * YAML 1.2), not by its layout.
 */
public final class Json {

    /** A manifest that is not the JSON bosim writes. */
    public static final class Damaged extends RuntimeException {
        public Damaged(String message) {
            super(message, null, false, false);
        }
    }

    /** The JSON object {@code text} holds, in its keys' order; {@link Damaged} when it is not JSON or not an object. */
    public static Map<String, Object> read(String text) {
        Object root;
        try {
            root = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().setAllowDuplicateKeys(false)
                    .setMaxAliasesForCollections(0).build()).loadFromString(text);
        } catch (org.snakeyaml.engine.v2.exceptions.YamlEngineException | IllegalArgumentException e) {
            throw new Damaged("is not the JSON bosim writes (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new Damaged("holds no JSON object");
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(i++ == 0 ? "\n" : ",\n").append("  ".repeat(depth + 1));
                string(String.valueOf(e.getKey()), out);
                out.append(": ");
                write(e.getValue(), out, depth + 1);
            }
            out.append(map.isEmpty() ? "" : "\n" + "  ".repeat(depth)).append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "\n" : ",\n").append("  ".repeat(depth + 1));
                write(list.get(i), out, depth + 1);
            }
            out.append(list.isEmpty() ? "" : "\n" + "  ".repeat(depth)).append(']');
        } else if (value instanceof Double d) {
            out.append(String.format(Locale.ROOT, "%s", d));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value == null) {
            out.append("null");
        } else {
            string(value.toString(), out);
        }
    }

    /** Appends {@code s} as a JSON string, escaped. */
    public static void string(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

package no.bosim.scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping read field by field, keeping each field's line so that every problem can name
 * file, line and field. Reading a key marks it known; {@link #finish()} reports the unknown ones,
 * which is how a misspelt field becomes an error instead of being silently ignored.
 */
final class YamlMap {

    private final String file;
    private final String path;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();
    private final Problems problems;

    private YamlMap(String file, String path, Node node, Problems problems) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (entries.containsKey(key)) {
                problems.add(file, line(tuple.getKeyNode()), qualified(key), "appears twice; give each field once");
            }
            entries.put(key, tuple);
        }
    }

    /** Parses a whole file whose top level must be a mapping; syntax errors become problems with their line. */
    static Optional<YamlMap> parse(Path file, String shownAs, Problems problems) {
        Optional<String> text = TextFile.read(file, shownAs, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(shownAs).setMaxAliasesForCollections(MAX_ALIASES).build();
            if (!shallowEnough(settings, text.get(), shownAs, problems)) {
                return Optional.empty();
            }
            Optional<Node> root = new Compose(settings).composeString(text.get());
            if (root.isEmpty() || !(root.get() instanceof MappingNode)) {
                problems.add(shownAs, root.map(YamlMap::line).orElse(0), "",
                        "expected a YAML mapping of fields (name: value) at the top level");
                return Optional.empty();
            }
            return Optional.of(new YamlMap(shownAs, "", root.get(), problems));
        } catch (org.snakeyaml.engine.v2.exceptions.ReaderException e) {
            // A character YAML does not allow (a control character): its line, counted up to where the reader stopped.
            String before = text.get().substring(0, Math.min(text.get().length(), Math.max(0, e.getPosition())));
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            problems.add(shownAs, line, "", "YAML syntax: character U+" + String.format("%04X", e.getCodePoint())
                    + " is not allowed; expected printable text");
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            problems.add(shownAs, line, "", "YAML syntax: " + firstLine(e.getProblem()));
        } catch (YamlEngineException e) {
            problems.add(shownAs, 0, "", "YAML syntax: " + firstLine(e.getMessage()));
        }
        return Optional.empty();
    }

    /** Deeper than any scenario needs (they nest four levels); composing deeper YAML would recurse without bound. */
    static final int MAX_DEPTH = 32;
    /** Aliases (&a / *a) are refused beyond this, so a "billion laughs" file cannot blow up the loader. */
    static final int MAX_ALIASES = 50;

    /** Walks the event stream (which the parser produces without recursion) and refuses nesting deeper than {@link #MAX_DEPTH}. */
    private static boolean shallowEnough(LoadSettings settings, String text, String shownAs, Problems problems) {
        int depth = 0;
        for (Event e : new Parse(settings).parseString(text)) {
            if (e.getEventId() == Event.ID.MappingStart || e.getEventId() == Event.ID.SequenceStart) {
                if (++depth > MAX_DEPTH) {
                    problems.add(shownAs, e.getStartMark().map(m -> m.getLine() + 1).orElse(0), "",
                            "nests more than " + MAX_DEPTH + " levels deep; expected a scenario's few levels of fields");
                    return false;
                }
            } else if (e.getEventId() == Event.ID.MappingEnd || e.getEventId() == Event.ID.SequenceEnd) {
                depth--;
            }
        }
        return true;
    }

    String file() {
        return file;
    }

    int line() {
        return line(node);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Set<String> keys() {
        return entries.keySet();
    }

    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line(node) : line(tuple.getValueNode());
    }

    String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    void problem(String key, String message) {
        problems.add(file, lineOf(key), qualified(key), message);
    }

    /** A text field; null (with a problem when required) if absent or not a plain value. */
    String text(String key, boolean required) {
        read.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            if (required) {
                problems.add(file, line(node), qualified(key), "missing; this field is required");
            }
            return null;
        }
        if (!(tuple.getValueNode() instanceof ScalarNode scalar)) {
            problem(key, "expected a single value, found a " + kind(tuple.getValueNode()));
            return null;
        }
        return scalar.getValue().strip();
    }

    /** A count of people or places: a whole number from {@code min} to {@link Limits#MAX_COUNT}. */
    Long whole(String key, boolean required, long min) {
        return whole(key, required, min, Limits.MAX_COUNT);
    }

    /** A whole number from {@code min} to {@code max}. */
    Long whole(String key, boolean required, long min, long max) {
        String text = text(key, required);
        if (text == null) {
            return null;
        }
        try {
            long value = Long.parseLong(text.replace("_", ""));
            if (value < min || value > max) {
                problem(key, "is " + value + "; expected a whole number from " + min + " to " + Limits.shown(max));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(key, text.replace("_", "").matches("-?\\d+") ? "is " + text + "; expected a whole number from " + min
                    + " to " + Limits.shown(max) : "is '" + text + "'; expected a whole number");
            return null;
        }
    }

    /** A decimal number (dot as decimal separator). */
    Double number(String key, boolean required) {
        String text = text(key, required);
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.replace("_", ""));
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            problem(key, "is '" + text + "'; expected a number such as 0.85 or 6");
            return null;
        }
    }

    YearMonth month(String key, boolean required) {
        String text = text(key, required);
        return text == null ? null : parseMonth(text, key);
    }

    YearMonth parseMonth(String text, String key) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            problem(key, "is '" + text + "'; expected a month as YYYY-MM, e.g. 2025-01");
            return null;
        }
    }

    /** A nested mapping, or empty (with a problem when present but not a mapping, or required and absent). */
    Optional<YamlMap> map(String key, boolean required) {
        read.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            if (required) {
                problems.add(file, line(node), qualified(key), "missing; this section is required");
            }
            return Optional.empty();
        }
        if (!(tuple.getValueNode() instanceof MappingNode)) {
            problem(key, "expected a mapping of fields (name: value), found a " + kind(tuple.getValueNode()));
            return Optional.empty();
        }
        return Optional.of(new YamlMap(file, qualified(key), tuple.getValueNode(), problems));
    }

    /** Whether {@code key} holds a mapping (rather than a plain value or a list). */
    boolean isMapping(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && tuple.getValueNode() instanceof MappingNode;
    }

    /** A list of mappings ({@code - {a: 1, b: 2}} items), each read field by field. */
    List<YamlMap> maps(String key) {
        read.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode seq)) {
            problem(key, "expected a list of entries (lines starting with '- '), found a " + kind(tuple.getValueNode()));
            return List.of();
        }
        List<YamlMap> items = new ArrayList<>();
        int i = 0;
        for (Node child : seq.getValue()) {
            if (child instanceof MappingNode) {
                items.add(new YamlMap(file, qualified(key) + "[" + i + "]", child, problems));
            } else {
                problems.add(file, line(child), qualified(key), "expected an entry of fields (name: value), found a " + kind(child));
            }
            i++;
        }
        return items;
    }

    /** A list of plain values, each with its line. */
    List<Item> list(String key) {
        read.add(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode seq)) {
            problem(key, "expected a list ([a, b] or lines starting with '- '), found a " + kind(tuple.getValueNode()));
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (Node child : seq.getValue()) {
            if (child instanceof ScalarNode s) {
                items.add(new Item(s.getValue().strip(), line(child)));
            } else {
                problems.add(file, line(child), qualified(key), "expected a plain value in the list, found a " + kind(child));
            }
        }
        return items;
    }

    /** Reports every key that no reader asked for: a misspelt or unsupported field. */
    void finish(String expected) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!read.contains(e.getKey())) {
                problems.add(file, line(e.getValue().getKeyNode()), qualified(e.getKey()),
                        "unknown field; expected one of: " + expected);
            }
        }
    }

    /** A plain list value with the line it stands on. */
    record Item(String value, int line) {
    }

    private static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
    }

    private static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "mapping";
        }
        return node instanceof SequenceNode ? "list" : "value";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable YAML";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}

package no.bosim.rules.drools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a set of rule files promises and needs, read when they are compiled: every rule's
 * metadata ({@code @id} required and unique; {@code @clause} and {@code @severity} required where
 * the rule raises an alert or an order, the severity one of {@link #SEVERITIES}) and every
 * parameter each rule reads through {@code Param(name == "...")}. A scenario is then checked
 * against it both ways: a parameter a rule reads that the scenario lacks, and one the scenario
 * gives that nothing reads (most often a misspelling that would silently turn a rule off).
 */
public final class RuleContract {

    /** The severities an alert or an order may carry, lowest first. */
    public static final List<String> SEVERITIES = no.bosim.rules.Severity.labels();
    /** Parameters the rules module's Java reads besides the rule files, and which part reads each. */
    static final Map<String, String> JAVA_READS = Map.of("kriterier_min_anmodning", "Fordeling (the smallest request)",
            "kriterier_em_min_anmodning", "Fordeling (the smallest request for minors)",
            CostRules.GRANT_YEARS, "CostRules (the cohorts in their grant years)");

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|\\S+)");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");
    private static final Pattern PARAM = Pattern.compile("\\bParam\\s*\\(\\s*name\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern ANY_PARAM = Pattern.compile("\\bParam\\s*\\(");
    private static final Pattern RAISES = Pattern.compile("\\b(Varsel|Ordre)\\s*\\.\\s*of\\s*\\(");

    /** One place a rule reads a parameter. */
    public record Read(String parameter, String ruleId, String file, int line) {
    }

    private final List<Read> reads;
    private final List<String> problems;
    private final java.util.SortedSet<String> alertIds;

    private RuleContract(List<Read> reads, List<String> problems, java.util.SortedSet<String> alertIds) {
        this.reads = List.copyOf(reads);
        this.problems = List.copyOf(problems);
        this.alertIds = java.util.Collections.unmodifiableSortedSet(alertIds);
    }

    /** The ids of the rules that raise alerts, in id order. */
    public java.util.SortedSet<String> alertIds() {
        return alertIds;
    }

    /**
     * Reads the contract of rule texts by file name; {@code metadata} gives each compiled rule's
     * metadata by file and rule name (Drools has parsed it; the text gives lines and parameters).
     */
    static RuleContract of(Map<String, String> sources, Map<String, Map<String, Map<String, Object>>> metadata) {
        List<Read> reads = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> firstById = new LinkedHashMap<>();
        java.util.SortedSet<String> alertIds = new java.util.TreeSet<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            String file = source.getKey();
            String text = withoutComments(source.getValue());
            Map<String, Map<String, Object>> compiled = metadata.getOrDefault(file, Map.of());
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                Matcher end = END.matcher(text);
                int stop = end.find(rule.end()) ? end.start() : text.length();
                String block = text.substring(rule.start(), stop);
                int line = lineOf(text, rule.start(1));
                String name = unquote(rule.group(1));
                Map<String, Object> meta = compiled.getOrDefault(name, Map.of());
                String id = value(meta.get("id"));
                String where = file + ":" + line + ": rule \"" + name + "\"";
                if (id == null || id.isBlank()) {
                    problems.add(where + " has no @id; every rule needs one (it names the rule in results and messages)");
                    id = name;
                } else if (firstById.containsKey(id)) {
                    problems.add(where + " has @id(\"" + id + "\"), which " + firstById.get(id) + " has too; each @id names one rule");
                } else {
                    firstById.put(id, file + ":" + line);
                }
                if (RAISES.matcher(block).find()) {
                    String kind = block.contains("Varsel") ? "an alert" : "an order";
                    if (block.contains("Varsel")) {
                        alertIds.add(id);
                    }
                    for (String key : List.of("clause", "severity")) {
                        if (value(meta.get(key)) == null) {
                            problems.add(where + " raises " + kind + " but has no @" + key + "; expected @" + key
                                    + (key.equals("clause") ? "(\"the agreement's clause, e.g. 6.3\")" : "(" + SEVERITIES + ")"));
                        }
                    }
                    String severity = value(meta.get("severity"));
                    if (severity != null && !SEVERITIES.contains(severity)) {
                        problems.add(where + " has @severity(\"" + severity + "\"); expected one of " + SEVERITIES);
                    }
                }
                criteriaAgree(meta, block, where, problems);
                Matcher any = ANY_PARAM.matcher(block);
                while (any.find()) {
                    Matcher p = PARAM.matcher(block);
                    int at = lineOf(text, rule.start() + any.start());
                    if (p.find(any.start()) && p.start() == any.start()) {
                        reads.add(new Read(p.group(1), id, file, at));
                    } else {
                        problems.add(file + ":" + at + ": rule \"" + name + "\" matches a Param without naming it "
                                + "(Param(name == \"...\", ...)); bosim checks every parameter a rule reads against the scenario");
                    }
                }
            }
        }
        conditionKindsAgree(sources, problems);
        return new RuleContract(reads, problems, alertIds);
    }

    private static final Pattern MARKS = Pattern.compile("\\bnew\\s+Tilstand\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern LOOKS = Pattern.compile("\\bTilstand\\s*\\(\\s*kind\\s*==\\s*\"([^\"]*)\"");

    /**
     * A warning looks for the months a derivation rule marked with a condition's kind ({@code Tilstand}); the kind is
     * a word, so a misspelt one would leave the warning never firing, or a mark nobody reads. Every kind looked for
     * must be marked by some rule and every kind marked looked for.
     */
    private static void conditionKindsAgree(Map<String, String> sources, List<String> problems) {
        Map<String, String> marked = new TreeMap<>();
        Map<String, String> looked = new TreeMap<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            String text = withoutComments(source.getValue());
            for (Matcher m = MARKS.matcher(text); m.find(); ) {
                marked.putIfAbsent(m.group(1), source.getKey() + ":" + lineOf(text, m.start()));
            }
            for (Matcher m = LOOKS.matcher(text); m.find(); ) {
                looked.putIfAbsent(m.group(1), source.getKey() + ":" + lineOf(text, m.start()));
            }
        }
        looked.forEach((kind, where) -> {
            if (!marked.containsKey(kind)) {
                problems.add(where + ": a rule looks for months marked Tilstand(kind == \"" + kind + "\") but no rule marks them; "
                        + "expected one of " + marked.keySet());
            }
        });
        marked.forEach((kind, where) -> {
            if (!looked.containsKey(kind)) {
                problems.add(where + ": a rule marks months as Tilstand(\"" + kind + "\") but no rule looks for them; "
                        + "expected a warning that reads Tilstand(kind == \"" + kind + "\") or no mark");
            }
        });
    }

    /** {@code criteria == "2019"} or {@code criteria in ("2019", "2022")} in a rule's conditions. */
    private static final java.util.regex.Pattern CRITERIA_TEST = java.util.regex.Pattern.compile(
            "\\bcriteria\\s*(?:==\\s*\"([^\"]+)\"|in\\s*\\(([^)]*)\\))");

    /**
     * A rule's {@code @criteria} (the sets it serves, as bosim lists and explains them) must be the sets its
     * conditions test, so a set added to one and not the other cannot pass unseen; {@code @criteria("alle")}
     * is a rule for every set, which tests none.
     */
    private static void criteriaAgree(Map<String, Object> meta, String block, String where, List<String> problems) {
        String declared = value(meta.get("criteria"));
        java.util.Set<String> tested = new java.util.TreeSet<>();
        Matcher m = CRITERIA_TEST.matcher(block);
        while (m.find()) {
            if (m.group(1) != null) {
                tested.add(m.group(1));
            } else {
                for (String s : m.group(2).split(",")) {
                    tested.add(s.strip().replace("\"", ""));
                }
            }
        }
        if (declared == null) {
            if (!tested.isEmpty()) {
                problems.add(where + " tests criteria " + tested + " but has no @criteria; expected @criteria(\"" + String.join(" ", tested) + "\")");
            }
            return;
        }
        java.util.Set<String> named = new java.util.TreeSet<>(List.of(declared.strip().split("\\s+")));
        if (named.equals(java.util.Set.of("alle")) ? !tested.isEmpty() : !named.equals(tested)) {
            problems.add(where + " has @criteria(\"" + declared + "\") but its conditions test " + (tested.isEmpty() ? "no criteria set"
                    : "criteria " + tested) + "; expected the same sets in both (or @criteria(\"alle\") and no test)");
        }
    }

    /** Problems with the rules' metadata or parameter patterns, each as {@code file:line: what is wrong}. */
    public List<String> problems() {
        return problems;
    }

    /** Every place a rule reads a parameter, in file order. */
    public List<Read> reads() {
        return reads;
    }

    /** The parameters read, each with the rules that read it (Java readers of the rules module included). */
    public Map<String, List<String>> readers() {
        Map<String, List<String>> out = new TreeMap<>();
        for (Read r : reads) {
            List<String> ids = out.computeIfAbsent(r.parameter(), k -> new ArrayList<>());
            if (!ids.contains(r.ruleId())) {
                ids.add(r.ruleId());
            }
        }
        JAVA_READS.forEach((p, reader) -> out.computeIfAbsent(p, k -> new ArrayList<>()).add(reader));
        return out;
    }

    /**
     * Checks a scenario's parameter names against the rules: a parameter a rule reads that the
     * scenario lacks; one the scenario gives that no rule and no part of the simulator reads.
     *
     * @param given     the scenario's parameters and where each is first given ({@code file:line})
     * @param modelRead the parameters the simulator itself reads
     */
    public List<String> check(Map<String, String> given, Set<String> modelRead, String scenario) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Read r : reads) {
            if (!given.containsKey(r.parameter()) && seen.add(r.parameter())) {
                out.add(r.file() + ":" + r.line() + ": rule " + r.ruleId() + " reads parameter '" + r.parameter()
                        + "', which no parameter file of scenario " + scenario + " gives" + nearest(r.parameter(), given.keySet()));
            }
        }
        for (Map.Entry<String, String> p : new TreeMap<>(JAVA_READS).entrySet()) {
            if (!given.containsKey(p.getKey())) {
                out.add(scenario + ": parameter '" + p.getKey() + "' is missing; " + p.getValue() + " reads it");
            }
        }
        Map<String, List<String>> readers = readers();
        for (Map.Entry<String, String> g : given.entrySet()) {
            if (!readers.containsKey(g.getKey()) && !modelRead.contains(g.getKey())) {
                Set<String> known = new java.util.TreeSet<>(readers.keySet());
                known.addAll(modelRead);
                out.add(g.getValue() + ": parameter '" + g.getKey() + "' is read by no rule and not by the simulator "
                        + "(a misspelt name leaves the rule that needs it without it)" + nearest(g.getKey(), known));
            }
        }
        return out;
    }

    /** "; did you mean 'x'?" for a name one or two edits from a known one, else "". */
    static String nearest(String name, Set<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String k : known) {
            int d = distance(name, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best == null ? "" : "; did you mean '" + best + "'?";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Comments blanked out, keeping every line break so lines still count true. */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        boolean inString = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                i++;
            } else if (c == '"') {
                inString = true;
                out.append(c);
                i++;
            } else if (text.startsWith("//", i) || text.startsWith("#", i) && (i == 0 || text.charAt(i - 1) == '\n')) {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                int stop = close < 0 ? text.length() : close + 2;
                for (; i < stop; i++) {
                    out.append(text.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") || s.startsWith("'")) ? s.substring(1, s.length() - 1) : s;
    }

    private static String value(Object v) {
        return v == null ? null : v.toString().replace("\"", "");
    }
}

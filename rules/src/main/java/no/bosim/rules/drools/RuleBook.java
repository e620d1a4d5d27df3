package no.bosim.rules.drools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;

/**
 * A set of rule files compiled into one knowledge base: the shipped defaults, or every
 * {@code .drl} in a user's folder, compiled at run time so rules can be edited without
 * rebuilding bosim. Compile errors come back as file:line with Drools' message.
 */
public final class RuleBook {

    /** The shipped rule files, packed into the jar from the project's rules/drl/ folder. */
    public static final List<String> SHIPPED = List.of("behov.drl", "kriterier.drl", "vedtak.drl", "bosetting.drl", "behandling.drl",
            "varsling.drl", "kapasitet.drl", "kostnad.drl");
    private static final String SHIPPED_DIR = "/no/bosim/rules/drl/";

    private final KieBase kieBase;
    private final Map<String, String> sha256;
    /** The compiled resource path of each rule file to the name it was given. */
    private final Map<String, String> byPath;
    /** Each rule file's package, for rules of the executable model, which do not say their file. */
    private final Map<String, String> packages;
    private final Origin origin;
    private final boolean declaresConclusions;
    private final org.kie.api.runtime.KieSessionsPool pool;
    private RuleContract contract;

    /** How a rule book's knowledge base was made, fastest first. */
    public enum Origin {
        /** The shipped rules' executable model, compiled when bosim was built (PrebuiltModel). */
        PREBUILT,
        /** An executable model compiled by an earlier run and kept on disk (RuleCache). */
        KEPT,
        /** Compiled to the executable model now, and kept for the next run. */
        COMPILED,
        /** Compiled from the DRL the classic way (the cache is off, or the files do not suit the executable model). */
        CLASSIC
    }

    private RuleBook(KieBase kieBase, Map<String, String> sha256, Map<String, String> byPath, Map<String, String> packages,
                     Origin origin) {
        this.kieBase = kieBase;
        this.byPath = Map.copyOf(byPath);
        this.packages = Map.copyOf(packages);
        this.origin = origin;
        // Empty at first: sessions are made on demand, so a command that runs nothing (rules check) makes none.
        this.pool = kieBase.newKieSessionsPool(0);
        this.declaresConclusions = kieBase.getKiePackages().stream().anyMatch(p -> p.getGlobalVariables().stream()
                .anyMatch(g -> g.getName().equals(Conclusions.GLOBAL)));
        this.sha256 = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sha256));
    }

    /** The shipped rule files: their executable model built with bosim, or compiled when the jar's model is not theirs. */
    public static RuleBook shipped() {
        Map<String, String> sources = shippedSources();
        Optional<KieBase> prebuilt = PrebuiltModel.load(sources);
        if (prebuilt.isPresent()) {
            return checked(new RuleBook(prebuilt.get(), hashes(sources), paths(sources), RuleCache.packages(sources), Origin.PREBUILT),
                    sources);
        }
        return compile(sources);
    }

    /** The texts of the shipped rule files, by name, as packed into the jar. */
    static Map<String, String> shippedSources() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String name : SHIPPED) {
            try (InputStream in = RuleBook.class.getResourceAsStream(SHIPPED_DIR + name)) {
                if (in == null) {
                    throw new IllegalStateException("shipped rule file " + name + " is missing from the build");
                }
                sources.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    /** Every {@code .drl} file in {@code dir}, in name order, kept compiled for the next run (RuleCache). */
    public static RuleBook fromFolder(Path dir) {
        return fromFolder(dir, true);
    }

    /**
     * As {@link #fromFolder(Path)}; {@code keep} false compiles the classic way only, the quickest to
     * a verdict for a check that runs nothing ({@code bosim rules check}).
     */
    public static RuleBook fromFolder(Path dir, boolean keep) {
        if (!Files.isDirectory(dir)) {
            throw new RuleProblem(List.of(dir + ": no such folder; expected a folder of .drl rule files"));
        }
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".drl")).sorted().toList()) {
                sources.put(dir.resolve(p.getFileName()).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new RuleProblem(List.of(dir + ": cannot read: " + e.getMessage()));
        }
        if (sources.isEmpty()) {
            throw new RuleProblem(List.of(dir + ": holds no .drl files"));
        }
        return compile(sources, keep);
    }

    /** Compiles named DRL texts; names are how errors and the manifest refer to them. */
    static RuleBook compile(Map<String, String> sources) {
        return compile(sources, true);
    }

    /** As {@link #compile(Map)}; {@code keep} false skips the executable model and its cache. */
    static RuleBook compile(Map<String, String> sources, boolean keep) {
        KieServices ks = KieServices.get();
        Map<String, String> byPath = paths(sources);
        KieFileSystem kfs = fileSystem(ks, sources);
        Map<String, String> hashes = hashes(sources);
        Optional<RuleCache.Loaded> cached = keep ? RuleCache.load(ks, kfs, sources) : Optional.empty();
        if (cached.isPresent()) {
            return checked(new RuleBook(cached.get().kieBase(), hashes, byPath, RuleCache.packages(sources),
                    cached.get().fromCache() ? Origin.KEPT : Origin.COMPILED), sources);
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<String> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String file = byPath.getOrDefault(m.getPath().replace("src/main/resources/", ""), m.getPath());
            errors.add(file + ":" + m.getLine() + ": " + m.getText().strip().replace('\n', ' '));
        }
        if (!errors.isEmpty()) {
            throw new RuleProblem(errors);
        }
        KieContainer container = ks.newKieContainer(builder.getKieModule().getReleaseId());
        return checked(new RuleBook(container.getKieBase(), hashes, byPath, Map.of(), Origin.CLASSIC), sources);
    }

    /** The rule files as a Drools project, each under the path {@link #paths} gives it. */
    static KieFileSystem fileSystem(KieServices ks, Map<String, String> sources) {
        KieFileSystem kfs = ks.newKieFileSystem();
        paths(sources).forEach((path, name) -> kfs.write("src/main/resources/" + path, sources.get(name)));
        return kfs;
    }

    /** Each rule file's path in the Drools project to the name it was given, so Drools' messages can be traced back to it. */
    private static Map<String, String> paths(Map<String, String> sources) {
        Map<String, String> byPath = new LinkedHashMap<>();
        int i = 0;
        for (String name : sources.keySet()) {
            byPath.put("no/bosim/rules/r" + (i++) + ".drl", name);
        }
        return byPath;
    }

    private static Map<String, String> hashes(Map<String, String> sources) {
        Map<String, String> hashes = new LinkedHashMap<>();
        sources.forEach((name, text) -> hashes.put(name, sha256(text)));
        return hashes;
    }

    /** The rule book once its rules' metadata meet bosim's contract. */
    private static RuleBook checked(RuleBook book, Map<String, String> sources) {
        Map<String, Map<String, Map<String, Object>>> metadata = new LinkedHashMap<>();
        for (RuleInfo r : book.rules()) {
            metadata.computeIfAbsent(r.file(), f -> new LinkedHashMap<>()).put(r.name(), r.metadata());
        }
        book.contract = RuleContract.of(sources, metadata);
        if (!book.contract.problems().isEmpty()) {
            throw new RuleProblem(book.contract.problems());
        }
        return book;
    }

    /** Whether the compiled rules came from the on-disk cache (RuleCache) rather than a compile. */
    public boolean fromCache() {
        return origin == Origin.KEPT;
    }

    /** How this rule book's knowledge base was made. */
    public Origin origin() {
        return origin;
    }

    /** What these rules require of a scenario and promise of their metadata. */
    public RuleContract contract() {
        return contract;
    }

    /**
     * A session from a pool: disposing it resets it and returns it for the next run, so its node
     * memories are made once per thread instead of once per session. Only for sessions that get
     * no event listeners, which a reset would keep.
     */
    org.kie.api.runtime.KieSession pooledSession() {
        return pool.newKieSession();
    }

    /** Whether some rule file declares the global {@code conclusions}; it can only be set when one does. */
    boolean declaresConclusions() {
        return declaresConclusions;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /**
     * The request-criteria sets these rule files define: every name in a rule's {@code @criteria}
     * metadata, except "alle" (rules that apply under every set).
     */
    public java.util.SortedSet<String> criteriaSets() {
        java.util.SortedSet<String> sets = new java.util.TreeSet<>();
        for (org.kie.api.definition.KiePackage pkg : kieBase.getKiePackages()) {
            for (org.kie.api.definition.rule.Rule rule : pkg.getRules()) {
                Object c = rule.getMetaData().get("criteria");
                if (c != null) {
                    for (String name : c.toString().replace("\"", "").split("\\s+")) {
                        if (!name.equals("alle")) {
                            sets.add(name);
                        }
                    }
                }
            }
        }
        return sets;
    }

    /** One compiled rule: the file it came from (as named to the rule book), its name and its metadata. */
    public record RuleInfo(String file, String name, Map<String, Object> metadata) {

        /** The rule's @id, or null. */
        public String id() {
            Object v = metadata.get("id");
            return v == null ? null : v.toString().replace("\"", "");
        }
    }

    /** Every compiled rule with its file and metadata, in file then name order. */
    public List<RuleInfo> rules() {
        List<RuleInfo> out = new ArrayList<>();
        for (org.kie.api.definition.KiePackage pkg : kieBase.getKiePackages()) {
            for (org.kie.api.definition.rule.Rule rule : pkg.getRules()) {
                out.add(new RuleInfo(fileOf(rule), rule.getName(), Map.copyOf(rule.getMetaData())));
            }
        }
        out.sort(java.util.Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name));
        return out;
    }

    /** The file a compiled rule came from, as named to the rule book ("" when Drools does not say). */
    String fileOf(org.kie.api.definition.rule.Rule rule) {
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null) {
            String path = impl.getResource().getSourcePath().replace("src/main/resources/", "");
            return byPath.getOrDefault(path, path);
        }
        for (Map.Entry<String, String> e : packages.entrySet()) {
            if (e.getValue().equals(rule.getPackageName())) {
                return e.getKey();
            }
        }
        return "";
    }

    /** How messages name a rule: its @id, its name and its file. */
    String describe(org.kie.api.definition.rule.Rule rule) {
        Object id = rule.getMetaData().get("id");
        String file = fileOf(rule);
        return "rule " + (id == null ? "" : id.toString().replace("\"", "") + " ") + "\"" + rule.getName() + "\""
                + (file.isEmpty() ? "" : " (" + file + ")");
    }

    /**
     * Rule id (the name's first word, e.g. VEDTAK-01) to the rest of its name in words, for every rule of the
     * book, and the two steps the planning names without a rule of their own (PlanningRules).
     */
    public Map<String, String> names() {
        Map<String, String> names = this.names;
        if (names == null) {
            names = new java.util.TreeMap<>();
            for (var p : kieBase.getKiePackages()) {
                for (var r : p.getRules()) {
                    String n = r.getName();
                    int space = n.indexOf(' ');
                    if (space > 0 && n.substring(0, space).matches("[A-Z0-9]+(-[A-Z0-9]+)+")) {
                        names.put(n.substring(0, space), n.substring(space + 1));
                    }
                }
            }
            names.put(PlanningRules.REQUEST_PUBLISHED, "IMDis anmodning til kommunen er kjent og gjelder");
            names.put(PlanningRules.REQUEST_DISTRIBUTED, "Behovet fordeles på kommunene etter anmodningskriteriene");
            names = java.util.Collections.unmodifiableMap(names);
            this.names = names;
        }
        return names;
    }

    private volatile Map<String, String> names;
    private volatile Map<String, String> namesEn;

    /** Rule id to its name in English, from each rule's {@code @en}; the planning's own steps too. */
    public Map<String, String> namesEn() {
        Map<String, String> en = this.namesEn;
        if (en == null) {
            en = new java.util.TreeMap<>();
            for (var p : kieBase.getKiePackages()) {
                for (var r : p.getRules()) {
                    Object id = r.getMetaData().get("id");
                    Object text = r.getMetaData().get("en");
                    if (id != null && text != null) {
                        en.put(id.toString().replace("\"", ""), text.toString().replace("\"", ""));
                    }
                }
            }
            en.put(PlanningRules.REQUEST_PUBLISHED, "IMDi's request to the kommune is known and stands");
            en.put(PlanningRules.REQUEST_DISTRIBUTED, "The need is distributed among the kommuner by the request criteria");
            en = java.util.Collections.unmodifiableMap(en);
            this.namesEn = en;
        }
        return en;
    }

    /** Rule file name to the SHA-256 of its text, for the run's manifest. */
    public Map<String, String> sha256() {
        return sha256;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

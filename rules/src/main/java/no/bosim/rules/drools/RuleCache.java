package no.bosim.rules.drools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;

/**
 * Compiled rules kept on disk, so a run does not compile what has not changed. Rules are compiled
 * to Drools' executable model (Java classes, not DRL to interpret) and the module's bytes are kept
 * under a key made of the rule files' names and texts, the bytes of every class they import (the
 * facts the generated code calls), and Drools' version: a change to any of them is a new key. A
 * kept module that does not load is deleted and compiled again, never trusted. The cache lives in
 * {@code $BOSIM_CACHE_DIR}, else {@code $XDG_CACHE_HOME/bosim}, else {@code ~/.cache/bosim}
 * ({@code rules/}, the eight newest kept); {@code BOSIM_RULE_CACHE=off} turns it off, and so does a
 * folder that cannot be written, and then the shipped rules' prebuilt model is not used either
 * (PrebuiltModel): every run compiles the DRL the classic way. Rule files that share a package, or
 * that the executable model cannot compile, are left to the classic build (which also gives errors
 * their DRL lines). A kept module is loaded without its kmodule.xml (RuleModel).
 */
final class RuleCache {

    /** Kept modules beyond this many are removed, oldest first. */
    static final int KEEP = 8;
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?!function\\b|static\\b)([\\w.]+)\\s*;?");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    /** A knowledge base and whether it came from the cache (for tests and timing). */
    record Loaded(KieBase kieBase, boolean fromCache) {
    }

    private RuleCache() {
    }

    /**
     * The executable model of {@code kfs}'s rules, from the cache or compiled (and kept); empty when
     * the cache is off or the executable model does not fit these files.
     */
    static Optional<Loaded> load(KieServices ks, KieFileSystem kfs, Map<String, String> sources) {
        Optional<Path> dir = folder();
        if (dir.isEmpty() || !onePackagePerFile(sources)) {
            return Optional.empty();
        }
        Path file = dir.get().resolve(key(sources) + ".kjar");
        if (Files.isRegularFile(file)) {
            try {
                KieBase kept = RuleModel.fromKjar(Files.readAllBytes(file), RuleCache.class.getClassLoader());
                if (kept.getKiePackages().stream().mapToLong(p -> p.getRules().size()).sum() > 0) {
                    touch(file);
                    return Optional.of(new Loaded(kept, true));
                }
            } catch (RuntimeException | IOException | LinkageError e) {
                // Cut short, written by another version, or damaged: compiled again below.
            }
            deleteQuietly(file);
        }
        Optional<byte[]> kjar = compile(ks, kfs);
        if (kjar.isEmpty()) {
            return Optional.empty();
        }
        store(file, kjar.get());
        try {
            return Optional.of(new Loaded(RuleModel.fromKjar(kjar.get(), RuleCache.class.getClassLoader()), false));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The kjar of {@code kfs}'s rules compiled to the executable model; empty when it does not compile that way. */
    static Optional<byte[]> compile(KieServices ks, KieFileSystem kfs) {
        return compile(ks, kfs, error -> { });
    }

    /** As {@link #compile(KieServices, KieFileSystem)}, telling {@code errors} why when it fails (the build's own words). */
    static Optional<byte[]> compile(KieServices ks, KieFileSystem kfs, java.util.function.Consumer<String> errors) {
        KieBuilder builder;
        try {
            builder = ks.newKieBuilder(kfs).buildAll(org.drools.model.codegen.ExecutableModelProject.class);
        } catch (RuntimeException e) {
            errors.accept(String.valueOf(e.getMessage()));
            return Optional.empty();
        }
        if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
            builder.getResults().getMessages(Message.Level.ERROR).forEach(m -> errors.accept(m.getPath() + ":" + m.getLine() + ": " + m.getText()));
            return Optional.empty();
        }
        KieModule module = builder.getKieModule();
        return Optional.of(((org.drools.compiler.kie.builder.impl.InternalKieModule) module).getBytes());
    }

    /** The package of each rule file, when every file has one of its own (how an executable-model rule finds its file). */
    static Map<String, String> packages(Map<String, String> sources) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        sources.forEach((name, text) -> {
            Matcher m = PACKAGE.matcher(text);
            out.put(name, m.find() ? m.group(1) : "");
        });
        return out;
    }

    private static boolean onePackagePerFile(Map<String, String> sources) {
        List<String> pkgs = new ArrayList<>(packages(sources).values());
        return !pkgs.contains("") && new TreeSet<>(pkgs).size() == pkgs.size();
    }

    /** Whether compiled rules may be reused at all (prebuilt or kept): off compiles the DRL the classic way every time. */
    static boolean enabled() {
        return !"off".equalsIgnoreCase(System.getenv("BOSIM_RULE_CACHE")) && !Boolean.getBoolean("bosim.rules.nocache");
    }

    static Optional<Path> folder() {
        if (!enabled()) {
            return Optional.empty();
        }
        String own = System.getProperty("bosim.cache.dir", System.getenv("BOSIM_CACHE_DIR"));
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = own != null && !own.isBlank() ? Path.of(own)
                : xdg != null && !xdg.isBlank() ? Path.of(xdg, "bosim") : Path.of(System.getProperty("user.home"), ".cache", "bosim");
        Path dir = base.resolve("rules");
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir) ? Optional.of(dir) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Over the files' names and texts, the bytes of the classes they import, and Drools' version. */
    static String key(Map<String, String> sources) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(("bosim-rule-cache 1 " + org.drools.base.util.Drools.getFullVersion()).getBytes(StandardCharsets.UTF_8));
            TreeSet<String> imports = new TreeSet<>();
            sources.forEach((name, text) -> {
                d.update((name + "\0" + text + "\0").getBytes(StandardCharsets.UTF_8));
                Matcher m = IMPORT.matcher(text);
                while (m.find()) {
                    imports.add(m.group(1));
                }
            });
            for (String cls : imports) {
                try (InputStream in = RuleCache.class.getClassLoader().getResourceAsStream(cls.replace('.', '/') + ".class")) {
                    d.update(cls.getBytes(StandardCharsets.UTF_8));
                    if (in != null) {
                        d.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Written beside and moved in, so a reader never sees half a module; the oldest beyond {@link #KEEP} go. */
    private static void store(Path file, byte[] bytes) {
        try {
            Path tmp = Files.createTempFile(file.getParent(), ".kjar-", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (var kept = Files.list(file.getParent())) {
                List<Path> all = kept.filter(p -> p.getFileName().toString().endsWith(".kjar"))
                        .sorted((a, b) -> Long.compare(modified(b), modified(a))).toList();
                all.stream().skip(KEEP).forEach(RuleCache::deleteQuietly);
            }
            // A process that ended while writing (a bad scenario ends a run while its rules still compile) leaves its part behind.
            long dayAgo = System.currentTimeMillis() - 86_400_000L;
            try (var parts = Files.list(file.getParent())) {
                parts.filter(p -> p.getFileName().toString().startsWith(".kjar-") && modified(p) < dayAgo).forEach(RuleCache::deleteQuietly);
            }
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written only costs the next run a compile.
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void touch(Path p) {
        try {
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // Only the eviction order suffers.
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Left for the next eviction.
        }
    }
}

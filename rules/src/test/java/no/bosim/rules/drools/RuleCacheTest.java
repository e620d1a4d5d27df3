package no.bosim.rules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiled rules are kept and loaded again, a damaged module is compiled again, and a change is a new key. */
class RuleCacheTest {

    @TempDir
    Path cache;

    @BeforeEach
    void ownCache() {
        System.setProperty("bosim.cache.dir", cache.toString());
    }

    @AfterEach
    void noCache() {
        System.clearProperty("bosim.cache.dir");
    }

    private static Map<String, String> shippedSources() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : RuleBook.SHIPPED) {
            out.put(name, Files.readString(Path.of("drl", name)));
        }
        return out;
    }

    private List<Path> kept() throws Exception {
        try (var files = Files.list(cache.resolve("rules"))) {
            return files.filter(p -> p.toString().endsWith(".kjar")).toList();
        }
    }

    @Test
    void theSecondCompileLoadsTheKeptModuleWithTheSameRulesAndMetadata() throws Exception {
        RuleBook first = RuleBook.compile(shippedSources());
        assertFalse(first.fromCache(), "nothing kept yet");
        assertEquals(1, kept().size());
        RuleBook second = RuleBook.compile(shippedSources());
        assertTrue(second.fromCache(), "the kept module is loaded, not compiled");
        assertEquals(first.rules(), second.rules(), "the same rules, files and metadata");
        assertEquals(first.sha256(), second.sha256());
        assertTrue(second.rules().stream().anyMatch(r -> r.file().equals("varsling.drl") && "VARSEL-01".equals(r.id())),
                "an executable-model rule still knows its file");
    }

    @Test
    void aDamagedModuleIsCompiledAgainNeverTrusted() throws Exception {
        RuleBook.compile(shippedSources());
        Path kjar = kept().get(0);
        Files.write(kjar, new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        RuleBook again = RuleBook.compile(shippedSources());
        assertFalse(again.fromCache(), "a module that does not load is compiled again");
        assertTrue(Files.size(kjar) > 100_000, "and kept whole");
        assertTrue(RuleBook.compile(shippedSources()).fromCache());
    }

    @Test
    void aChangedRuleFileIsANewKeyAndFilesSharingAPackageAreCompiledTheClassicWay() throws Exception {
        Map<String, String> sources = shippedSources();
        RuleBook.compile(sources);
        sources.put("kostnad.drl", sources.get("kostnad.drl") + "\n// a comment is a change\n");
        assertFalse(RuleBook.compile(sources).fromCache(), "another text, another key");
        assertEquals(2, kept().size());
        Map<String, String> shared = new LinkedHashMap<>(shippedSources());
        shared.put("zz-extra.drl", "package no.bosim.rules.varsling;\n");
        RuleBook classic = RuleBook.compile(shared);
        assertFalse(classic.fromCache());
        assertEquals(2, kept().size(), "two files in one package: not kept (an executable-model rule finds its file by package)");
        assertTrue(classic.rules().stream().anyMatch(r -> r.file().equals("varsling.drl")));
    }

    @Test
    void theShippedRulesComeFromTheModelBuiltWithBosimOnlyWhenItIsTheirs() throws Exception {
        RuleBook shipped = RuleBook.shipped();
        assertEquals(RuleBook.Origin.PREBUILT, shipped.origin(), "the jar's model, built by Maven's process-classes phase");
        assertTrue(Files.exists(cache.resolve("rules")) ? kept().isEmpty() : true, "nothing compiled, nothing kept");
        RuleBook compiled = RuleBook.compile(shippedSources());
        assertEquals(RuleBook.Origin.COMPILED, compiled.origin());
        assertEquals(compiled.rules(), shipped.rules(), "the same rules, files and metadata");
        Map<String, String> changed = shippedSources();
        changed.put("vedtak.drl", changed.get("vedtak.drl") + "\n// a comment is a change\n");
        assertTrue(PrebuiltModel.load(shippedSources()).isPresent());
        assertTrue(PrebuiltModel.load(changed).isEmpty(), "a model built from other texts is never used");
    }

    @Test
    void theCacheCanBeTurnedOff() throws Exception {
        System.setProperty("bosim.rules.nocache", "true");
        try {
            assertFalse(RuleBook.compile(shippedSources()).fromCache());
            assertFalse(Files.exists(cache.resolve("rules")) && !kept().isEmpty(), "nothing kept");
            assertEquals(RuleBook.Origin.CLASSIC, RuleBook.shipped().origin(), "off means the DRL compiled the classic way, not the jar's model either");
        } finally {
            System.clearProperty("bosim.rules.nocache");
        }
    }
}

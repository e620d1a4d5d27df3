package no.bosim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.bosim.results.OutputFolder;
import no.bosim.scenario.ShippedScenarios;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus: one folder per case under {@code src/test/resources/bad-inputs/}, each
 * with a {@code case.txt} and the inputs it needs, run through the command line as a user runs it.
 * Every case must end in exit 2 with one clear message that names the file and line or field
 * (the {@code expect:} lines), no stack trace, no output folder that passes for a complete run,
 * and no input or user file changed.
 *
 * <p>{@code case.txt} lines: {@code args: ...} (the command, with {@code {in}} for the case's copy
 * and {@code {out}} for an output folder), {@code expect: ...} (text the message must hold; one or
 * more), {@code absent: ...} (text it must not hold: a second message for a fault already named), {@code shipped-rules} (the shipped .drl files copied to {@code {in}/rules} first, the
 * case's own {@code rules/} files added over them), {@code shipped-scenarios} (the shipped
 * scenarios copied to {@code {in}/sc}), {@code replace: FILE | OLD | NEW}, {@code \\n} for a line break (a change to a copied file,
 * to make a bad input out of a good one without copying it whole). A case folder {@code out/} is
 * copied to {@code {out}} first: a user's folder that must come out untouched.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-inputs");
    private static final Path SHIPPED_RULES = Path.of("../rules/drl");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyBadInputGetsOneClearMessageAndExitTwo() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CORPUS)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 25, "the corpus has its cases");
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
    }

    private void run(Path caseDir) throws IOException {
        Path work = tmp.resolve(caseDir.getFileName().toString());
        Path in = work.resolve("in");
        Path out = work.resolve("out");
        List<String> expect = new ArrayList<>();
        // Text the message must not hold: the false second message of a fault already named (one fault, one message).
        List<String> absent = new ArrayList<>();
        String args = null;
        List<String[]> replacements = new ArrayList<>();
        boolean shippedRules = false;
        boolean shippedScenarios = false;
        for (String line : Files.readAllLines(caseDir.resolve("case.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("args: ")) {
                args = line.substring(6).strip();
            } else if (line.startsWith("expect: ")) {
                expect.add(line.substring(8).strip());
            } else if (line.startsWith("absent: ")) {
                absent.add(line.substring(8).strip());
            } else if (line.startsWith("replace: ")) {
                replacements.add(line.substring(9).strip().split(" \\| ?", 3));
            } else if (line.strip().equals("shipped-rules")) {
                shippedRules = true;
            } else if (line.strip().equals("shipped-scenarios")) {
                shippedScenarios = true;
            }
        }
        assertTrue(args != null && !expect.isEmpty(), caseDir + "/case.txt needs args: and expect:");
        Files.createDirectories(in);
        if (shippedScenarios) {
            ShippedScenarios.copyTo(in.resolve("sc"));
        }
        if (shippedRules) {
            copyTree(SHIPPED_RULES, in.resolve("rules"));
        }
        copyTree(caseDir, in);
        Files.deleteIfExists(in.resolve("case.txt"));
        if (Files.isDirectory(caseDir.resolve("out"))) {
            deleteTree(in.resolve("out"));
            copyTree(caseDir.resolve("out"), out);
        }
        for (String[] r : replacements) {
            Path file = in.resolve(r[0]);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains(unescape(r[1])), caseDir + ": '" + r[1] + "' not in " + r[0]);
            Files.writeString(file, text.replace(unescape(r[1]), unescape(r[2])), StandardCharsets.UTF_8);
        }
        Map<String, String> inputsBefore = hashes(in);
        Map<String, String> outBefore = hashes(out);

        String[] argv = args.replace("{in}", in.toString()).replace("{out}", out.toString()).split("\\s+");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Bosim.execute(argv, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        String err = stderr.toString();

        assertEquals(2, code, caseDir.getFileName() + ": exit 2 for bad input\n" + err + stdout);
        assertTrue(err.startsWith("bosim: "), "one message from bosim:\n" + err);
        for (String a : absent) {
            assertFalse(err.contains(a), caseDir.getFileName() + ": message does not hold '" + a + "':\n" + err);
        }
        for (String e : expect) {
            assertTrue(err.replace(in.toString() + "/", "").contains(e), caseDir.getFileName() + ": message holds '" + e + "':\n" + err);
        }
        assertFalse(err.contains("\tat ") || err.contains("Exception:") || err.contains("internal error"), "no stack trace:\n" + err);
        assertTrue(err.lines().count() <= Bosim.MAX_PROBLEMS_SHOWN + 3, "a message, not a flood:\n" + err);
        assertEquals(inputsBefore, hashes(in), "no input file changed");
        if (!outBefore.isEmpty()) {
            assertEquals(outBefore, hashes(out), "the user's folder is untouched");
        } else if (Files.isDirectory(out)) {
            assertTrue(OutputFolder.findManifest(out).isEmpty(), "no folder that passes for a complete run");
            try (Stream<Path> left = Files.list(out)) {
                assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList(), "nothing left in the output folder");
            }
        }
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }

    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

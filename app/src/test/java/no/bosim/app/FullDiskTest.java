package no.bosim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run onto a disk that fills up: one message naming the disk, exit 2, nothing left behind, and no
 * second message from a thread that closes the image writer's streams. The disk is a small tmpfs,
 * mounted for the test; where the machine does not let the test mount one (no root), the test is skipped
 * and says why. Its sizes put the end of the space in the tables (1 MB), the charts (2 MB) and the
 * report (5 MB) of the default run. The run is a process of its own, so every line it prints is seen.
 */
class FullDiskTest {

    @TempDir
    static Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"1m", "2m", "5m"})
    void aFullDiskGivesOneMessageAndLeavesNothing(String size) throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk-" + size));
        Assumptions.assumeTrue(run(List.of("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", disk.toString())) == 0,
                "mounting a tmpfs needs root; the full disk is not tried on this machine");
        try {
            Path log = tmp.resolve("full-" + size + ".log");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Bosim.class.getName(), "run", "--out", disk.resolve("out").toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int code = p.waitFor();
            List<String> printed = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
            assertEquals(2, code, String.join("\n", printed));
            assertEquals(1, printed.size(), "one message:\n" + String.join("\n", printed));
            assertTrue(printed.get(0).contains("the disk is full"), printed.get(0));
            assertFalse(printed.get(0).contains("Exception"), printed.get(0));
            try (var left = Files.walk(disk)) {
                // Every path left is named, so a failure says which writer was still at work.
                assertEquals(List.of(), left.filter(f -> !f.equals(disk)).map(f -> disk.relativize(f).toString()).sorted().toList(),
                        "nothing left that could pass for a run");
            }
        } finally {
            run(List.of("umount", disk.toString()));
        }
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}

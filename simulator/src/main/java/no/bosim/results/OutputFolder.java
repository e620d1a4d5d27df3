package no.bosim.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Problem;

/**
 * An output folder written safely: files are first written into a hidden staging folder inside
 * it, then moved into place one by one with the manifest last, so a folder with a manifest is a
 * complete run. A folder that holds anything but an earlier bosim run, or any input of the
 * scenario, is refused rather than overwritten.
 */
public final class OutputFolder implements AutoCloseable {

    private final Path dir;
    private final Path staging;
    private final List<String> staged = new ArrayList<>();
    private boolean committed;

    private OutputFolder(Path dir, Path staging) {
        this.dir = dir;
        this.staging = staging;
    }

    /**
     * Opens {@code dir} for a run's output.
     *
     * @param inputs absolute paths of the run's input files, none of which may lie in {@code dir}
     * @param ownFiles names a bosim run writes there; an existing folder may hold only these (and hidden files)
     */
    public static OutputFolder open(Path dir, List<Path> inputs, List<String> ownFiles) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw refused(dir, "is a file; expected a folder for the run's output");
        }
        for (Path in : inputs) {
            if (in.getFileSystem() == abs.getFileSystem() && in.toAbsolutePath().normalize().startsWith(abs)) {
                throw refused(dir, "holds an input of the scenario (" + in + "); choose another output folder");
            }
        }
        if (Files.isDirectory(abs)) {
            try (Stream<Path> entries = Files.list(abs)) {
                List<String> foreign = entries.map(p -> p.getFileName().toString())
                        .filter(n -> !n.startsWith(".") && !ownFiles.contains(n)).sorted().toList();
                if (!foreign.isEmpty()) {
                    throw refused(dir, "already holds files that are not a bosim run (" + String.join(", ",
                            foreign.subList(0, Math.min(3, foreign.size()))) + "); choose an empty or new folder");
                }
            } catch (IOException e) {
                throw refused(dir, "cannot be read: " + e.getMessage());
            }
        }
        try {
            Files.createDirectories(abs);
            return new OutputFolder(abs, Files.createTempDirectory(abs, ".staging-"));
        } catch (IOException e) {
            throw refused(dir, "cannot be created: " + e.getMessage());
        }
    }

    private static InputException refused(Path dir, String why) {
        return new InputException(new Problem(dir.toString(), 0, "--out", why));
    }

    public Path dir() {
        return dir;
    }

    /** A path in the staging folder to write {@code name} to; it is moved into place on {@link #commit(String)}. */
    public Path stage(String name) {
        staged.add(name);
        return staging.resolve(name);
    }

    /** Moves every staged file into place, {@code last} (the manifest) after all others. */
    public void commit(String last) {
        try {
            Files.deleteIfExists(dir.resolve(last));
            for (String name : staged) {
                if (!name.equals(last)) {
                    move(name);
                }
            }
            if (staged.contains(last)) {
                move(last);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void move(String name) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        try {
            Files.move(staging.resolve(name), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(staging.resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the staging folder; anything not committed is discarded, so a failed run leaves no half files. */
    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            if (committed) {
                return;
            }
            throw new UncheckedIOException(e);
        }
    }
}

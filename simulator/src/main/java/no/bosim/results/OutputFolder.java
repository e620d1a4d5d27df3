package no.bosim.results;

import no.bosim.contract.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.bosim.contract.OutputFiles;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Problem;

/**
 * An output folder that never passes for more than it is.
 * <ul>
 * <li>Everything a command writes (tables, charts, briefing) goes first into a hidden staging
 * folder inside it; {@link #commit()} removes the old manifest, removes bosim's own files that the
 * new run does not write, moves the new files in, and puts the manifest in last. A folder with a
 * manifest is therefore a complete run, and nothing of an earlier run lingers beside it.</li>
 * <li>The manifest lists every file with its size and SHA-256, so a reader can refuse a file that
 * was truncated or changed after the run ({@code files}, the manifest's last field).</li>
 * <li>A folder counts as bosim's only when it holds a bosim manifest (or the lock of a bosim run
 * that was killed); anything else that is not empty is refused, so a user's files are never
 * overwritten.</li>
 * <li>A lock file ({@value #LOCK}, holding the writer's process id) refuses a second command into
 * the same folder while the first runs; a lock left by a process that no longer runs is taken over.</li>
 * </ul>
 */
public final class OutputFolder implements AutoCloseable {

    /** The lock of a command writing into the folder. */
    public static final String LOCK = ".bosim.lock";
    /** The manifests bosim writes; each names bosim's version on one of its first lines. */
    public static final List<String> MANIFESTS = List.of(OutputFiles.MANIFEST, OutputFiles.ENSEMBLE_MANIFEST, OutputFiles.COMPARISON_MANIFEST, OutputFiles.REQUESTS_MANIFEST,
            OutputFiles.SWEEP_MANIFEST);
    /** One file in the manifest's {@code files} map, on a line of its own. */
    private static final String FILES_FIELD = "  \"files\": {";
    /** The locks this process holds: a second command in the same process (a test, a comparison) is refused too. */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final Path staging;
    private final Path lock;
    private final List<String> ownFiles;
    /** For a folder reopened to add files (charts, a briefing): its manifest as found, else null. */
    private final String reopenedManifest;
    private String manifestName;
    private Map<String, Object> manifestFields;
    private boolean committed;
    /** Whether this command made the folder, so a failed command leaves none behind. */
    private boolean created;

    private OutputFolder(Path dir, Path staging, Path lock, List<String> ownFiles, String reopenedManifest, String manifestName) {
        this.dir = dir;
        this.staging = staging;
        this.lock = lock;
        this.ownFiles = List.copyOf(ownFiles);
        this.reopenedManifest = reopenedManifest;
        this.manifestName = manifestName;
    }

    /**
     * Opens {@code dir} for a command's output.
     *
     * @param inputs   absolute paths of the run's input files, none of which may lie in {@code dir}
     * @param ownFiles names this kind of command writes there; an earlier run's ones that the new
     *                 run does not write are removed on commit
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
            List<String> visible = visibleEntries(dir, abs);
            if (!visible.isEmpty() && findManifest(abs).isEmpty() && !Files.exists(abs.resolve(LOCK))) {
                throw refused(dir, "already holds files and no bosim manifest (" + String.join(", ",
                        visible.subList(0, Math.min(3, visible.size()))) + (visible.size() > 3 ? ", ..." : "")
                        + "), so it is not a bosim run and nothing in it is overwritten; choose an empty or new folder");
            }
        }
        boolean created = !Files.exists(abs);
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw refused(dir, "cannot be created: " + reason(e));
        }
        Path lock = acquire(dir, abs);
        try {
            OutputFolder folder = new OutputFolder(abs, Files.createTempDirectory(abs, ".staging-"), lock, ownFiles, null, null);
            folder.created = created;
            return folder;
        } catch (IOException e) {
            release(lock);
            throw refused(dir, "cannot be written: " + reason(e));
        }
    }

    /**
     * Reopens a complete bosim run to add or redraw files (charts, a briefing): the folder must
     * hold a bosim manifest; new files are staged and moved in, and the manifest's list of files
     * is brought up to date, the manifest last.
     */
    public static OutputFolder reopen(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Optional<String> name = findManifest(abs);
        if (name.isEmpty()) {
            throw new InputException(new Problem(dir.toString(), 0, "", "holds no bosim manifest (" + String.join(", ", MANIFESTS)
                    + "); expected the folder of a complete bosim run"));
        }
        Path lock = acquire(dir, abs);
        try {
            String text = Files.readString(abs.resolve(name.get()), StandardCharsets.UTF_8);
            return new OutputFolder(abs, Files.createTempDirectory(abs, ".staging-"), lock, List.of(), text, name.get());
        } catch (IOException e) {
            release(lock);
            throw refused(dir, "cannot be written: " + reason(e));
        }
    }

    /** The manifest in {@code dir} written by bosim, if any. */
    public static Optional<String> findManifest(Path dir) {
        for (String name : MANIFESTS) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
                    if (lines.limit(4).anyMatch(l -> l.startsWith("  \"bosim_version\": "))) {
                        return Optional.of(name);
                    }
                } catch (IOException | UncheckedIOException e) {
                    // Not readable as bosim's manifest: not a bosim folder.
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> visibleEntries(Path shown, Path abs) {
        try (Stream<Path> entries = Files.list(abs)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw refused(shown, "cannot be read: " + reason(e));
        }
    }

    /** Takes the folder's lock, or refuses while another live bosim process holds it. */
    private static Path acquire(Path shown, Path abs) {
        Path lock = abs.resolve(LOCK);
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Files.writeString(lock, Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                HELD.add(lock);
                return lock;
            } catch (FileAlreadyExistsException e) {
                long holder = holder(lock);
                boolean ours = holder == ProcessHandle.current().pid();
                boolean live = ours ? HELD.contains(lock) : holder > 0 && ProcessHandle.of(holder).map(ProcessHandle::isAlive).orElse(false);
                if (live) {
                    throw refused(shown, "is being written by another bosim command (process " + holder + "); wait for it to finish "
                            + "or choose another folder");
                }
                try {
                    Files.deleteIfExists(lock);
                } catch (IOException ex) {
                    throw refused(shown, "has a lock left by an earlier bosim command that cannot be removed: " + reason(ex));
                }
            } catch (IOException e) {
                throw refused(shown, "cannot be written: " + reason(e));
            }
        }
        throw refused(shown, "is being written by another bosim command; wait for it to finish or choose another folder");
    }

    private static long holder(Path lock) {
        try {
            return Long.parseLong(Files.readString(lock, StandardCharsets.UTF_8).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static void release(Path lock) {
        HELD.remove(lock);
        try {
            Files.deleteIfExists(lock);
        } catch (IOException e) {
            // A lock left behind is taken over by the next command, since its process is gone.
        }
    }

    private static InputException refused(Path dir, String why) {
        return new InputException(new Problem(dir.toString(), 0, "--out", why));
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String m = String.valueOf(e.getMessage());
        return m.contains("No space left on device") ? "the disk is full" : m;
    }

    /** The folder the results end up in. */
    public Path dir() {
        return dir;
    }

    /** The staging folder: write every file here (or through {@link #stage(String)}); readers may read it before the commit. */
    public Path work() {
        return staging;
    }

    /** A path in the staging folder to write {@code name} to; it is moved into place on {@link #commit()}. */
    public Path stage(String name) {
        return staging.resolve(name);
    }

    /**
     * Writes the manifest into the staging folder now, so that charts drawn before the commit can
     * read it; {@link #commit()} adds the list of files and writes it again, last.
     */
    public void manifest(String name, Map<String, Object> fields) {
        this.manifestName = name;
        this.manifestFields = new LinkedHashMap<>(fields);
        write(staging.resolve(name), Json.write(manifestFields));
    }

    /** Moves every staged file into place and the manifest, with every file's size and hash, last. */
    public void commit() {
        if (manifestName == null) {
            throw new IllegalStateException("no manifest staged");
        }
        try {
            Map<String, String> files = reopenedManifest == null ? new TreeMap<>() : filesOf(reopenedManifest);
            List<String> top = topEntries();
            for (String entry : top) {
                files.keySet().removeIf(f -> f.equals(entry) || f.startsWith(entry + "/"));
            }
            files.putAll(hashes());
            String text = withFiles(reopenedManifest == null ? Json.write(manifestFields) : reopenedManifest, files);
            Path finalManifest = staging.resolve(manifestName);
            write(finalManifest, text);
            Files.deleteIfExists(dir.resolve(manifestName));
            if (reopenedManifest == null) {
                for (String own : ownFiles) {
                    if (!top.contains(own) && !own.equals(manifestName)) {
                        delete(dir.resolve(own));
                    }
                }
                removeOtherRuns();
            }
            for (String entry : top) {
                if (!entry.equals(manifestName)) {
                    delete(dir.resolve(entry));
                    move(staging.resolve(entry), dir.resolve(entry));
                }
            }
            move(finalManifest, dir.resolve(manifestName));
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An earlier bosim folder of another kind (an ensemble where a run now goes): the files its
     * manifest lists, and that manifest, are removed, so two runs never mix in one folder.
     */
    private void removeOtherRuns() throws IOException {
        for (String other : MANIFESTS) {
            Path p = dir.resolve(other);
            if (other.equals(manifestName) || !Files.isRegularFile(p) || findManifest(dir).isEmpty()) {
                continue;
            }
            String text = Files.readString(p, StandardCharsets.UTF_8);
            if (!text.contains("\"bosim_version\"")) {
                continue;
            }
            Files.delete(p);
            for (String listed : filesOf(text).keySet()) {
                Path f = dir.resolve(listed).normalize();
                if (f.startsWith(dir) && !staged(listed)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private boolean staged(String relative) {
        return Files.exists(staging.resolve(relative));
    }

    private List<String> topEntries() throws IOException {
        try (Stream<Path> entries = Files.list(staging)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    /** Every staged file but the manifest and hidden ones, by path relative to the folder, as one manifest line each. */
    private Map<String, String> hashes() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = staging.relativize(p).toString().replace('\\', '/');
                boolean hidden = List.of(rel.split("/")).stream().anyMatch(part -> part.startsWith("."));
                if (!hidden && !rel.equals(manifestName)) {
                    out.put(rel, "{\"bytes\": " + Files.size(p) + ", \"sha256\": \"" + sha256(p) + "\"}");
                }
            }
        }
        return out;
    }

    /** The {@code files} entries of a manifest bosim wrote, as their JSON text by path (read as JSON, not by layout). */
    static Map<String, String> filesOf(String manifest) {
        Map<String, String> out = new TreeMap<>();
        Map<String, Object> tree;
        try {
            tree = Json.read(manifest);
        } catch (Json.Damaged e) {
            return out;
        }
        if (tree.get("files") instanceof Map<?, ?> files) {
            files.forEach((path, entry) -> {
                if (entry instanceof Map<?, ?> e && e.get("bytes") instanceof Number bytes && e.get("sha256") instanceof String sha
                        && sha.matches("[0-9a-f]{64}")) {
                    out.put(String.valueOf(path), "{\"bytes\": " + bytes.longValue() + ", \"sha256\": \"" + sha + "\"}");
                }
            });
        }
        return out;
    }

    /** The manifest with its {@code files} field (always the last) replaced by {@code files}. */
    static String withFiles(String manifest, Map<String, String> files) {
        int at = manifest.indexOf(",\n" + FILES_FIELD + "\n");
        String head = at >= 0 ? manifest.substring(0, at) : manifest.substring(0, manifest.lastIndexOf('}')).stripTrailing();
        StringBuilder out = new StringBuilder(head).append(",\n").append(FILES_FIELD).append('\n');
        int i = 0;
        for (Map.Entry<String, String> e : files.entrySet()) {
            out.append(i++ == 0 ? "" : ",\n").append("    ");
            Json.string(e.getKey(), out);
            out.append(": ").append(e.getValue());
        }
        return out.append("\n  }\n}\n").toString();
    }

    private static String sha256(Path p) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(p)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path p, String text) {
        try {
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }

    /** Removes the staging folder and the lock; anything not committed is discarded, so a failed run leaves no half files. */
    @Override
    public void close() {
        try {
            delete(staging);
        } catch (IOException e) {
            if (!committed) {
                throw new UncheckedIOException(e);
            }
        } finally {
            release(lock);
            if (created && !committed) {
                try {
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // Not empty after all (someone wrote into it meanwhile): leave it, it has no manifest.
                }
            }
        }
    }

    /** The names of the files a complete folder's manifest lists, for tests and the readers' checks. */
    public static List<String> listedFiles(String manifest) {
        return new ArrayList<>(filesOf(manifest).keySet());
    }
}

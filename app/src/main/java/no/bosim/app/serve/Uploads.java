package no.bosim.app.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * An uploaded scenario, unpacked into a folder of its own: a single YAML file, or a zip of a
 * scenario with its files. Nothing is written outside that folder (an entry that would leave it is
 * refused, as are absolute names), and the unpacked size and number of files are bounded so a small
 * zip cannot unpack into a full disk. What it holds is then read by the scenario loader like any file.
 */
final class Uploads {

    /** The largest upload the server reads, packed. */
    static final int MAX_UPLOAD = 20 * 1024 * 1024;
    /** The most an upload may unpack to, and the most files in it. */
    static final long MAX_UNPACKED = 200L * 1024 * 1024;
    static final int MAX_FILES = 2000;

    /** An upload refused, with the reason in both languages. */
    static final class Refused extends RuntimeException {
        final String nb;

        Refused(String nb, String en) {
            super(en, null, false, false);
            this.nb = nb;
        }
    }

    private Uploads() {
    }

    /**
     * Unpacks {@code body} (named {@code name} by the browser) into {@code into}; returns the YAML files
     * at the shallowest level that holds any, the candidates for the scenario.
     */
    static List<Path> unpack(byte[] body, String name, Path into) throws IOException {
        Files.createDirectories(into);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            Path file = into.resolve(safeName(name));
            Files.write(file, body);
            return List.of(file);
        }
        if (!lower.endsWith(".zip")) {
            throw new Refused("«" + name + "» er verken en YAML-fil eller en zip-fil; last opp et scenario (.yaml) eller en zip med scenariet og filene det leser",
                    "'" + name + "' is neither a YAML file nor a zip; upload a scenario (.yaml) or a zip of the scenario and the files it reads");
        }
        long unpacked = 0;
        int files = 0;
        Path root = into.toAbsolutePath().normalize();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String entry = e.getName().replace('\\', '/');
                Path target = root.resolve(entry).normalize();
                if (entry.startsWith("/") || entry.matches("^[A-Za-z]:.*") || !target.startsWith(root) || target.equals(root)) {
                    throw new Refused("zip-filen har en fil utenfor sin egen mappe («" + e.getName() + "»); pakk scenariet med relative stier",
                            "the zip holds a file outside its own folder ('" + e.getName() + "'); pack the scenario with relative paths");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                if (++files > MAX_FILES) {
                    throw new Refused("zip-filen har mer enn " + MAX_FILES + " filer", "the zip holds more than " + MAX_FILES + " files");
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    unpacked += copy(zip, out, MAX_UNPACKED - unpacked);
                }
            }
        } catch (ZipException e) {
            throw new Refused("«" + name + "» kan ikke leses som zip (" + e.getMessage() + ")", "'" + name + "' cannot be read as a zip ("
                    + e.getMessage() + ")");
        }
        return shallowestYaml(root);
    }

    /** Copies at most {@code left} bytes; more is refused (the zip unpacks beyond the limit). */
    private static long copy(InputStream in, OutputStream out, long left) throws IOException {
        byte[] buf = new byte[8192];
        long n = 0;
        for (int r = in.read(buf); r >= 0; r = in.read(buf)) {
            n += r;
            if (n > left) {
                throw new Refused("zip-filen pakker seg ut til mer enn " + MAX_UNPACKED / (1024 * 1024) + " MB",
                        "the zip unpacks to more than " + MAX_UNPACKED / (1024 * 1024) + " MB");
            }
            out.write(buf, 0, r);
        }
        return n;
    }

    private static List<Path> shallowestYaml(Path root) throws IOException {
        List<Path> all;
        try (var walk = Files.walk(root)) {
            all = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList();
        }
        int depth = all.stream().mapToInt(p -> root.relativize(p).getNameCount()).min().orElse(0);
        List<Path> out = new ArrayList<>(all.stream().filter(p -> root.relativize(p).getNameCount() == depth).sorted().toList());
        if (out.isEmpty()) {
            throw new Refused("zip-filen har ingen YAML-fil; legg scenariet (.yaml) i den", "the zip holds no YAML file; put the scenario (.yaml) in it");
        }
        return out;
    }

    /** The browser's file name without folders, in the characters a file name may safely have. */
    static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return base.isEmpty() || base.startsWith(".") ? "scenario.yaml" : base;
    }
}

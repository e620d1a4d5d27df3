package no.bosim.sweep;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The points a sweep has finished, one line each, written as each finishes, so a sweep that is
 * killed continues where it stopped. The first line names what the points belong to (the sweep's
 * hash, the rules, bosim's version, the indicators); a journal of anything else is started again.
 * Numbers are written as Java writes doubles, which read back to the same bits, so a continued
 * sweep gives the same bytes as one that ran through. A last line cut short by the kill is dropped.
 */
final class Journal implements AutoCloseable {

    private final TreeMap<Integer, PointRunner.Summary> done = new TreeMap<>();
    private final BufferedWriter out;

    private Journal(Path file, String identity, int indicators) {
        List<String> kept = new ArrayList<>();
        try {
            if (Files.isRegularFile(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).equals(identity)) {
                    for (String line : lines.subList(1, lines.size())) {
                        PointRunner.Summary s = parse(line, indicators);
                        if (s != null) {
                            done.put(s.index(), s);
                            kept.add(line);
                        }
                    }
                }
            }
            // Rewritten whole: the identity, then only the lines that read back.
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, List.of(identity), StandardCharsets.UTF_8);
            Files.write(file, kept, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Journal open(Path file, String identity, int indicators) {
        return new Journal(file, identity, indicators);
    }

    /** The points finished before, by index. */
    TreeMap<Integer, PointRunner.Summary> done() {
        return done;
    }

    synchronized void add(PointRunner.Summary s) {
        StringBuilder b = new StringBuilder().append(s.index());
        for (double[] column : new double[][] {s.mean(), s.p5(), s.p50(), s.p95()}) {
            for (double v : column) {
                b.append(',').append(v);
            }
        }
        try {
            out.write(b.append('\n').toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        done.put(s.index(), s);
    }

    private static PointRunner.Summary parse(String line, int n) {
        String[] cells = line.split(",", -1);
        if (cells.length != 1 + 4 * n) {
            return null;
        }
        try {
            double[][] v = new double[4][n];
            for (int c = 0; c < 4; c++) {
                for (int k = 0; k < n; k++) {
                    v[c][k] = Double.parseDouble(cells[1 + c * n + k]);
                }
            }
            return new PointRunner.Summary(Integer.parseInt(cells[0]), v[0], v[1], v[2], v[3]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

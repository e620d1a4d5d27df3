package no.bosim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The scenarios shipped inside bosim, copied out to a folder where a user can read and edit them. */
public final class ShippedScenarios {

    private ShippedScenarios() {
    }

    /** Copies every shipped scenario file (YAML, series, parameters, data) into {@code target}; returns the default's path there. */
    public static Path copyTo(Path target) {
        Path root = ScenarioLoader.shipped(ScenarioLoader.DEFAULT_SCENARIO).getParent();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(root.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target.resolve(ScenarioLoader.DEFAULT_SCENARIO);
    }
}

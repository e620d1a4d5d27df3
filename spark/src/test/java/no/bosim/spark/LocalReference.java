package no.bosim.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.bosim.results.CsvDialect;
import no.bosim.results.OutputFolder;
import no.bosim.rules.drools.DroolsPolicy;
import no.bosim.rules.drools.RuleBook;
import no.bosim.scenario.ShippedScenarios;
import no.bosim.scenario.Sweep;
import no.bosim.scenario.SweepLoader;
import no.bosim.sweep.Indicators;
import no.bosim.sweep.LocalRunner;
import no.bosim.sweep.PointRunner;
import no.bosim.sweep.SweepWriter;

/** What the Spark tests compare with: a small sweep of the shipped default over two years, run by the local runner. */
final class LocalReference {

    private LocalReference() {
    }

    /** Writes the sweep file {@code sweeps/NAME.yaml} beside a copy of the shipped scenarios, with a two-year scenario to run. */
    static Path sweepFile(Path tmp, String name, String description, String design) throws IOException {
        Path scenarios = ShippedScenarios.copyTo(tmp.resolve("sc")).getParent();
        Files.writeString(scenarios.resolve("short.yaml"), "name: short\ndescription: two years\nbaseline: default.yaml\nhorizon_months: 24\n");
        Path f = scenarios.resolve("sweeps/" + name + ".yaml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "name: " + name + "\ndescription: " + description + "\nscenario: ../short.yaml\nruns_per_point: 2\ndesign: "
                + design + "\ninputs:\n"
                + "  - {name: ankomster, arrivals: {scale: [0.5, 1.5]}}\n"
                + "  - {name: vilje, parameter: vedtak_vilje_nivaa, value: [0.9, 1.3]}\n");
        return f;
    }

    /** The sweep run by the local runner on two threads, written to {@code out} as {@code bosim sweep} writes it. */
    static Path run(Path sweepFile, Path out, Path journal) {
        Sweep sweep = SweepLoader.load(sweepFile);
        RuleBook rules = RuleBook.shipped();
        List<Indicators.Indicator> indicators = Indicators.of(rules.contract().alertIds());
        try (OutputFolder folder = OutputFolder.open(out, List.of(sweepFile), SweepWriter.FILES)) {
            List<PointRunner.Summary> s = LocalRunner.run(sweep, indicators, () -> new DroolsPolicy(rules), 2, journal, "test", n -> { });
            SweepWriter.write(sweep, indicators, s, rules.sha256(), rules.names(), rules.namesEn(), folder, CsvDialect.STANDARD);
            folder.commit();
        }
        return out;
    }
}

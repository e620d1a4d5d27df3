package no.bosim.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.bosim.charts.Briefing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bosim briefing OUTDIR}: one A4 PDF for a committee, from a run's result files. */
@Command(name = "briefing", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = "Writes OUTDIR/briefing.pdf: for a run, title page, findings, key figures, the charts, warnings with "
                + "their clauses, assumptions and sources, and the run's manifest; for an ensemble, findings with the spread of the "
                + "runs, the percentiles, warnings by year, the fan charts and the ensemble's provenance; for a comparison, the differences, the "
                + "kommuner that change most and the overlay charts.")
final class BriefingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUTDIR", description = "A run's output folder.")
    Path outDir;

    @Mixin
    SharedOptions.Language language;

    @Option(names = "--year", paramLabel = "YYYY", description = "Year of the county chart (default: the second simulated year).")
    Integer year;

    @Override
    public Integer call() {
        String lang = language.code();
        Path pdf;
        try (no.bosim.results.OutputFolder folder = no.bosim.results.OutputFolder.reopen(outDir)) {
            Briefing.write(folder.dir(), folder.work(), lang, year);
            folder.commit();
            pdf = outDir.resolve(Briefing.FILE);
        }
        spec.commandLine().getOut().printf("Briefing in %s%n", pdf);
        return 0;
    }
}

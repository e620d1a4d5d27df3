package no.bosim.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.bosim.charts.ChartWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bosim chart OUTDIR}: draw a run's six charts into OUTDIR/charts/ from its result files. */
@Command(name = "chart", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = "Draws the six charts of a run (PNG and SVG) into OUTDIR/charts/, from the run's result files only.")
final class ChartCommand implements Callable<Integer> {

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
        List<Path> files;
        try (no.bosim.results.OutputFolder folder = no.bosim.results.OutputFolder.reopen(outDir)) {
            files = ChartWriter.drawAll(folder.dir(), folder.work(), lang, year);
            folder.commit();
        }
        spec.commandLine().getOut().printf("%d chart files in %s%n", files.size(), outDir.resolve("charts"));
        return 0;
    }
}

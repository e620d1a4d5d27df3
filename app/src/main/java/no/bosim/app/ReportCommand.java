package no.bosim.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.bosim.charts.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bosim report DIR}: the interactive page of a finished run, backtest, ensemble or comparison. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = "Writes DIR/report.html: one self-contained page (charts, searchable tables, warnings, assumptions "
                + "and sources) that opens offline in a browser, for a run's, backtest's, ensemble's or comparison's folder.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of a finished run, backtest, ensemble or comparison.")
    Path dir;

    @Mixin
    SharedOptions.Language language;

    @Override
    public Integer call() {
        String lang = language.code();
        try (no.bosim.results.OutputFolder folder = no.bosim.results.OutputFolder.reopen(dir)) {
            Report.write(folder.dir(), folder.work(), lang);
            folder.commit();
        }
        spec.commandLine().getOut().printf("Report in %s%n", dir.resolve(Report.FILE));
        return 0;
    }
}

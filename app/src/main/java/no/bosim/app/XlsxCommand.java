package no.bosim.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.bosim.charts.Workbook;
import no.bosim.results.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bosim xlsx OUTDIR}: the result files of a finished run as one Excel workbook. */
@Command(name = "xlsx", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = "Writes OUTDIR/results.xlsx from a run's (or an ensemble's, backtest's, comparison's) result files: a sheet "
                + "per file, kommunenummer and clauses as text, months as dates, numbers as numbers, frozen headers.")
final class XlsxCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUTDIR", description = "A bosim output folder.")
    Path outDir;

    @Override
    public Integer call() {
        List<String> sheets;
        try (OutputFolder folder = OutputFolder.reopen(outDir)) {
            sheets = Workbook.write(folder.dir(), folder.work());
            folder.commit();
        }
        spec.commandLine().getOut().printf("%s with %d sheets (%s)%n", outDir.resolve(Workbook.FILE), sheets.size(), String.join(", ", sheets));
        return 0;
    }
}

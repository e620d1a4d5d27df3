package no.bosim.app;

import java.io.PrintWriter;
import no.bosim.results.Version;
import no.bosim.rules.drools.RuleProblem;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code bosim} command: test the rules of refugee reception and settlement before changing them. */
@Command(name = "bosim", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = "Simulates asylum arrivals, reception and the settlement of refugees in Norway's kommuner, month by month.",
        subcommands = {RunCommand.class, CompareCommand.class, EnsembleCommand.class, BacktestCommand.class, RequestsCommand.class, ValidateCommand.class, ChartCommand.class, BriefingCommand.class, ExplainCommand.class, RulesCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Bosim implements Runnable {

    /** Exit code for bad input of any kind. */
    static final int BAD_INPUT = 2;
    /** Exit code for a fault in bosim itself. */
    static final int INTERNAL_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; returns the exit code (used by tests too). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Bosim());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, params) -> {
            err.println("bosim: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parsed) -> report(ex, err));
        return cl.execute(args);
    }

    static int report(Exception ex, PrintWriter err) {
        if (ex instanceof InputException input) {
            err.println("bosim: " + input.problems().size() + (input.problems().size() == 1 ? " problem" : " problems") + ":");
            for (Problem p : input.problems()) {
                err.println("  " + p);
            }
            return BAD_INPUT;
        }
        if (ex instanceof no.bosim.charts.ResultsProblem results) {
            err.println("bosim: " + results.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof RuleProblem rules) {
            err.println("bosim: rule files do not compile (" + rules.errors().size() + (rules.errors().size() == 1 ? " error" : " errors") + "):");
            rules.errors().forEach(e -> err.println("  " + e));
            return BAD_INPUT;
        }
        err.println("bosim: internal error: " + ex);
        if (System.getenv("BOSIM_DEBUG") != null) {
            ex.printStackTrace(err);
        } else {
            err.println("(set BOSIM_DEBUG=1 to see where; please report it)");
        }
        return INTERNAL_ERROR;
    }

    /** Prints bosim's version as the build stamped it. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"bosim " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}

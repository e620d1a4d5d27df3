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
        subcommands = {RunCommand.class, CompareCommand.class, ServeCommand.class, EnsembleCommand.class, SweepCommand.class, BacktestCommand.class, RequestsCommand.class, ValidateCommand.class, DataCommand.class, ChartCommand.class, BriefingCommand.class, ReportCommand.class, ExplainCommand.class, RulesCommand.class, BenchCommand.class, XlsxCommand.class, CompletionCommand.class,
                CommandLine.HelpCommand.class})
public final class Bosim implements Runnable {

    /** Exit code for bad input of any kind. */
    static final int BAD_INPUT = 2;
    /** Exit code for a fault in bosim itself. */
    static final int INTERNAL_ERROR = 1;
    /** Problems listed in full; the rest are counted. */
    static final int MAX_PROBLEMS_SHOWN = 40;

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
        try {
            return cl.execute(args);
        } catch (StackOverflowError e) {
            err.println("bosim: the input nests or chains too deeply to follow (stack exhausted); "
                    + "check for a scenario or rule that refers to itself");
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println("bosim: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap); ask for fewer runs, "
                    + "a shorter horizon, or give Java more memory (BOSIM_JAVA_OPTS=-Xmx4g)");
            return BAD_INPUT;
        } catch (Error e) {
            return internalError(e, err);
        }
    }

    /** A fault in bosim itself: one line, and the trace only when asked for. */
    private static int internalError(Throwable t, PrintWriter err) {
        err.println("bosim: internal error: " + t);
        if (System.getenv("BOSIM_DEBUG") != null) {
            t.printStackTrace(err);
        } else {
            err.println("(set BOSIM_DEBUG=1 to see where; please report it)");
        }
        return INTERNAL_ERROR;
    }

    static int report(Exception ex, PrintWriter err) {
        if (ex instanceof InputException input) {
            err.println("bosim: " + input.problems().size() + (input.problems().size() == 1 ? " problem" : " problems") + ":");
            // The first ones say what is wrong; hundreds of lines of the same say nothing more.
            input.problems().stream().limit(MAX_PROBLEMS_SHOWN).forEach(p -> err.println("  " + p));
            if (input.problems().size() > MAX_PROBLEMS_SHOWN) {
                err.println("  ... and " + (input.problems().size() - MAX_PROBLEMS_SHOWN) + " more like these");
            }
            return BAD_INPUT;
        }
        if (ex instanceof no.bosim.charts.ResultsProblem results) {
            err.println("bosim: " + results.getMessage());
            return BAD_INPUT;
        }
        if (ex instanceof RuleProblem rules && rules.kind() == RuleProblem.Kind.COMPILE) {
            err.println("bosim: rule files do not compile or break bosim's rule contract (" + rules.errors().size()
                    + (rules.errors().size() == 1 ? " error" : " errors") + "):");
            rules.errors().forEach(e -> err.println("  " + e));
            return BAD_INPUT;
        }
        if (ex instanceof RuleProblem rules) {
            err.println("bosim: the rules failed while the model ran: " + String.join("; ", rules.errors()));
            return BAD_INPUT;
        }
        if (ex instanceof java.io.UncheckedIOException io) {
            err.println("bosim: " + Failures.io(io.getCause()));
            return BAD_INPUT;
        }
        return internalError(ex, err);
    }

    /** Prints bosim's version as the build stamped it. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"bosim " + Version.get(), "Java " + System.getProperty("java.version")};
        }
    }
}

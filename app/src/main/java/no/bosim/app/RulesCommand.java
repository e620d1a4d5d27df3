package no.bosim.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import no.bosim.rules.drools.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bosim rules}: work with rule files. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = "Work with rule files.", subcommands = RulesCommand.Check.class)
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code bosim rules check DIR}: compile every .drl in a folder and report each error as file:line. */
    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
            description = "Compiles every .drl file in DIR, checks each rule's metadata and the parameters the rules read against a "
                    + "scenario; reports each error as file:line: message. Exit 0 when all is well, 2 otherwise.")
    static final class Check implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "Folder of .drl rule files.")
        Path dir;

        @picocli.CommandLine.Option(names = "--scenario", paramLabel = "FILE",
                description = "Scenario whose parameters the rules are checked against (default: the shipped default).")
        Path scenarioFile;

        @Override
        public Integer call() {
            RuleBook book = RuleBook.fromFolder(dir, false);
            Policies.choose(Policies.DEFAULT, dir).check(ScenarioArgument.load(scenarioFile));
            spec.commandLine().getOut().printf("ok: %d rule files compile, with @id, @clause and @severity where needed; "
                    + "every parameter they read is in the scenario and every parameter of the scenario is read%n", book.sha256().size());
            book.sha256().keySet().forEach(f -> spec.commandLine().getOut().println("  " + f));
            return 0;
        }
    }
}

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
            description = "Compiles every .drl file in DIR; reports each error as file:line: Drools' message. Exit 0 when all compile, 2 otherwise.")
    static final class Check implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "DIR", description = "Folder of .drl rule files.")
        Path dir;

        @Override
        public Integer call() {
            RuleBook book = RuleBook.fromFolder(dir);
            spec.commandLine().getOut().printf("ok: %d rule files compile%n", book.sha256().size());
            book.sha256().keySet().forEach(f -> spec.commandLine().getOut().println("  " + f));
            return 0;
        }
    }
}

package no.bosim.app;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bosim completion}: a completion script for bash and zsh, made by picocli from the commands themselves. */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = {"Prints a bash/zsh completion script for bosim's commands and options.",
                "  bash: source <(./bosim completion)     (or save it in ~/.local/share/bash-completion/completions/bosim)",
                "  zsh:  autoload -U +X bashcompinit && bashcompinit && source <(./bosim completion)"})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("bosim", spec.root().commandLine()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}

package no.bosim.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import no.bosim.app.serve.WhatIfServer;
import no.bosim.scenario.InputException;
import no.bosim.scenario.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bosim serve}: the what-if page on this machine, with the rules kept warm between changes. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Bosim.VersionProvider.class,
        description = "Starts the what-if page on this machine (http://127.0.0.1:PORT/): change arrivals, criteria, UDI's capacity, "
                + "the kommuner's willingness and more, and see the change beside the baseline within a second. Stop with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; the page has no login, so think before you open it to a network).")
    String bind;

    @Option(names = "--scenario", paramLabel = "FILE", description = "The baseline the page opens on (default: the shipped default scenario).")
    Path scenario;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new InputException(new Problem("--port", 0, "", "is " + port + "; expected 0 to 65535"));
        }
        PrintWriter out = spec.commandLine().getOut();
        Policies policies = Policies.choose(Policies.DEFAULT, null);
        WhatIfServer server;
        try {
            server = new WhatIfServer(bind, port, policies, scenario);
        } catch (java.net.BindException e) {
            throw new InputException(new Problem("--port", 0, "", port + " is in use on " + bind + "; expected a free port (try --port 0)"));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        out.printf("bosim serve: open http://%s:%d/ in a browser (Ctrl+C stops)%n", host, server.port());
        out.flush();
        stopped.await();
        return 0;
    }
}

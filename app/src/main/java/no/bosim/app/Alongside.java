package no.bosim.app;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Two independent pieces of output work (the charts and the report read the same staged results and
 * write different files) done at once on the machine's cores. A failure in either surfaces as itself,
 * the first one's first, so the command's error handling sees the same exception it would alone.
 */
final class Alongside {

    private Alongside() {
    }

    static void run(Runnable first, Runnable second) {
        FutureTask<Void> other = new FutureTask<>(second, null);
        Thread thread = new Thread(other, "bosim-output");
        thread.setDaemon(true);
        thread.start();
        RuntimeException failure = null;
        try {
            first.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            other.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the output", e);
        } catch (ExecutionException e) {
            if (failure == null) {
                if (e.getCause() instanceof RuntimeException r) {
                    failure = r;
                } else if (e.getCause() instanceof Error err) {
                    throw err;
                } else {
                    failure = new IllegalStateException(e.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}

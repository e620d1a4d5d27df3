package no.bosim.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Tasks 0..count-1 on a few daemon threads, each thread taking the next task as it finishes one;
 * the first failure is rethrown as it was (an InputException stays one). For an ensemble's runs
 * and a sweep's points, whose results go to slots of their own, so the order they finish in does
 * not matter.
 */
public final class Workers {

    private Workers() {
    }

    public static void each(int count, int threads, String name, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            task.accept(i);
                        }
                    } catch (RuntimeException | Error e) {
                        next.set(count); // the other threads stop after their current task
                        throw e;
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            // No task may still run once the caller handles the failure (and removes a half-written folder).
            pool.shutdownNow();
            boolean interrupted = false;
            while (true) {
                try {
                    if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

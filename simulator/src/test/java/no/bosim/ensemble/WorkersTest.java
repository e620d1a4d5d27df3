package no.bosim.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A failed task ends the others before the failure reaches the caller: no run still works (or
 * writes) while the command reports the failure and removes its folder, and no new task starts.
 */
class WorkersTest {

    @Test
    void aFailureWaitsForTheRunningTasksAndStartsNoMore() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Workers.each(50, 2, "test", i -> {
            started.incrementAndGet();
            running.incrementAndGet();
            try {
                if (i == 0) {
                    throw new IllegalArgumentException("run 0 failed");
                }
                long until = System.nanoTime() + 200_000_000L;
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            } finally {
                running.decrementAndGet();
            }
        }));
        assertEquals("run 0 failed", thrown.getMessage(), "the failure comes back as it was");
        assertEquals(0, running.get(), "a task was still running when the failure came back");
        assertTrue(started.get() <= 2, "after the failure, only a task already running finishes; started " + started.get());
    }
}

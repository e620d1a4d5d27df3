package no.bosim.app;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** A progress bar with the time left, on a terminal only; silent when output goes to a file or a pipe. */
final class Progress implements AutoCloseable {

    private final int total;
    private final String unit;
    private final AtomicInteger done = new AtomicInteger();
    private final boolean terminal = System.console() != null;
    private final long start = System.nanoTime();
    private volatile int first = -1;
    private volatile long lastDraw;
    private boolean closed;

    Progress(int total) {
        this(total, "runs");
    }

    /** @param unit what is counted ("runs", "points") */
    Progress(int total, String unit) {
        this.total = total;
        this.unit = unit;
    }

    void step() {
        draw(done.incrementAndGet());
    }

    /** Sets the count done (a sweep continued from its journal starts above 0; the time left counts only this session's pace). */
    void set(int d) {
        done.set(d);
        if (first < 0) {
            first = d;
        }
        draw(d);
    }

    private void draw(int d) {
        long now = System.nanoTime();
        if (terminal && (now - lastDraw > 200_000_000L || d == total)) {
            lastDraw = now;
            double elapsed = (now - start) / 1e9;
            int doneHere = d - Math.max(0, first);
            double left = doneHere <= 0 ? Double.NaN : elapsed / doneHere * (total - d);
            int width = 30;
            int filled = (int) ((long) width * d / total);
            synchronized (this) {
                System.err.printf(Locale.ROOT, "\r[%s%s] %d/%d %s, %s left ", "#".repeat(filled), ".".repeat(width - filled),
                        d, total, unit, Double.isNaN(left) ? "time" : String.format(Locale.ROOT, "about %.0f s", left));
                System.err.flush();
            }
        }
    }

    @Override
    public synchronized void close() {
        if (terminal && !closed) {
            System.err.print("\r" + " ".repeat(70) + "\r");
            System.err.flush();
        }
        closed = true;
    }
}

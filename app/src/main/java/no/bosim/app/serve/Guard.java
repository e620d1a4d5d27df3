package no.bosim.app.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import no.bosim.rules.ForwardingPolicy;
import no.bosim.rules.MonthDecisions;
import no.bosim.rules.MonthFacts;
import no.bosim.rules.Policy;

/**
 * A policy that stops the run it serves, between two months, when the run passes its time limit,
 * when the server's memory runs short, or when the page cancels it; the rules decide as before
 * until then. Every month asks the policy once, so a run stops within one month's work.
 */
final class Guard extends ForwardingPolicy {

    /** Why a run was stopped, in the page's two languages. */
    static final class Stopped extends RuntimeException {
        final String nb;

        Stopped(String nb, String en) {
            super(en, null, false, false);
            this.nb = nb;
        }
    }

    /** The share of the heap above which a run stops rather than take the server down with it. */
    static final double MEMORY_SHARE = 0.9;

    private final long deadline;
    private final double seconds;
    private final AtomicBoolean cancelled;

    Guard(Policy policy, long deadlineNanos, double seconds, AtomicBoolean cancelled) {
        super(policy);
        this.deadline = deadlineNanos;
        this.seconds = seconds;
        this.cancelled = cancelled;
    }

    @Override
    public MonthDecisions decideMonth(MonthFacts facts) {
        if (cancelled != null && cancelled.get()) {
            throw new Stopped("Kjøringen ble avbrutt.", "The run was cancelled.");
        }
        if (System.nanoTime() - deadline > 0) {
            throw new Stopped(String.format(java.util.Locale.ROOT, "Kjøringen brukte mer enn %.0f sekunder og ble stoppet;"
                    + " prøv en kortere horisont eller færre kjøringer.", seconds), String.format(java.util.Locale.ROOT,
                    "The run took more than %.0f seconds and was stopped; try a shorter horizon or fewer runs.", seconds));
        }
        Runtime rt = Runtime.getRuntime();
        if (rt.totalMemory() - rt.freeMemory() > MEMORY_SHARE * rt.maxMemory()) {
            System.gc();
            if (rt.totalMemory() - rt.freeMemory() > MEMORY_SHARE * rt.maxMemory()) {
                throw new Stopped("Kjøringen trengte mer minne enn serveren har og ble stoppet; prøv færre kjøringer.",
                        "The run needed more memory than the server has and was stopped; try fewer runs.");
            }
        }
        return super.decideMonth(facts);
    }
}

package no.bosim.simulator;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.bosim.rules.CapacityOrder;
import no.bosim.rules.OrderKind;

/**
 * UDI's reception places: ordinary places (mottak) and emergency places (akuttinnkvartering),
 * with the orders under way. An order takes effect in its month; closing takes emergency places
 * first, since they are the dearest and meant for short stays, then ordinary ones. Places never
 * go below zero: a closing order for more than is open closes what is open.
 */
final class Reception {

    private int ordinary;
    private int emergency;
    private final List<CapacityOrder> pending = new ArrayList<>();

    Reception(int ordinary, int emergency) {
        this.ordinary = ordinary;
        this.emergency = emergency;
    }

    int ordinary() {
        return ordinary;
    }

    int emergency() {
        return emergency;
    }

    int places() {
        return ordinary + emergency;
    }

    /** Places ordered and not yet in force (negative when closings outweigh openings). */
    int pendingPlaces() {
        int sum = 0;
        for (CapacityOrder o : pending) {
            if (o.kind() != OrderKind.BEHANDLING) {
                sum += o.places();
            }
        }
        return sum;
    }

    /** Places ordered and due in {@code month} or earlier, not yet in force. */
    int pendingDueBy(YearMonth month) {
        int sum = 0;
        for (CapacityOrder o : pending) {
            if (o.kind() != OrderKind.BEHANDLING && !o.effective().isAfter(month)) {
                sum += o.places();
            }
        }
        return sum;
    }

    /**
     * Takes an order for this month (emergency places come within weeks) or a later one; an order for
     * an earlier month is a fault of the policy that gave it.
     */
    void order(CapacityOrder o, YearMonth now) {
        if (o.effective().isBefore(now)) {
            throw new IllegalStateException("an order effective " + o.effective() + " was given in " + now
                    + "; orders take effect this month or later (rule " + o.ruleId() + ")");
        }
        if (o.kind() == OrderKind.AVLYSNING) {
            cancel(o);
            return;
        }
        pending.add(o);
    }

    /** Takes the closing a cancellation names (same month, the opposite places) out of the orders under way. */
    private void cancel(CapacityOrder c) {
        for (var it = pending.iterator(); it.hasNext(); ) {
            CapacityOrder o = it.next();
            if (o.kind() == OrderKind.NEDLEGGING && o.effective().equals(c.effective()) && o.places() == -c.places()) {
                it.remove();
                return;
            }
        }
        throw new IllegalStateException("rule " + c.ruleId() + " cancelled a closing of " + c.places() + " places in "
                + c.effective() + " that is not under way");
    }

    /** Applies the orders due this month; returns the processing capacity they add, which is not reception's to keep. */
    int applyDue(YearMonth month) {
        int processing = 0;
        for (var it = pending.iterator(); it.hasNext(); ) {
            CapacityOrder o = it.next();
            if (o.effective().isAfter(month)) {
                continue;
            }
            it.remove();
            switch (o.kind()) {
                case ORDINAER -> ordinary += o.places();
                case AKUTT -> emergency += o.places();
                case NEDLEGGING -> close(-o.places());
                case BEHANDLING -> processing += o.places();
                case AVLYSNING -> throw new IllegalStateException("a cancellation is applied when given, never pending");
            }
            ordinary = Math.max(0, ordinary);
            emergency = Math.max(0, emergency);
        }
        return processing;
    }

    private void close(int places) {
        int fromEmergency = Math.min(emergency, Math.max(0, places));
        emergency -= fromEmergency;
        ordinary -= Math.max(0, places) - fromEmergency;
    }
}

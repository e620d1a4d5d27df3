package no.bosim.simulator;

import java.time.YearMonth;
import no.bosim.scenario.Parameters;

/**
 * Unaccompanied minors grow up while they wait. Ages are kept in one-year bands (15, 16, 17), so
 * each month a twelfth of a band has a birthday and moves to the next band, at the same stage and
 * months waited; at 18 they become single adults in the asylum queue and in ordinary mottak,
 * and lose the minors' priority and places. Those under 15 live in Bufetat's care centres and
 * move to UDI's centres for minors at 15; they reach 15 on average {@code em_aar_til_15} years
 * after arriving.
 */
final class Ageing {

    private final Segments segments;
    private final Queues queues;
    private final int[] bands;
    private final Flow[] flows;

    Ageing(Segments segments, Queues queues, java.util.function.Function<String, Flow> flowFor) {
        this.segments = segments;
        this.queues = queues;
        bands = segments.where(i -> segments.get(i).group().minor());
        flows = new Flow[bands.length];
        for (int j = 0; j < bands.length; j++) {
            flows[j] = flowFor.apply("ageing." + segments.get(bands[j]).key());
        }
    }

    /** Moves this month's birthdays; the oldest band first, so nobody ages twice in a month. Returns how many turned 18. */
    int age(YearMonth month, Parameters parameters) {
        // A mean under a month cannot be kept in monthly steps: under that, every minor under 15 turns 15 this month
        // (the rate is 1), which is what a mean of (almost) nothing means; it is a floor on the rate, not a changed input.
        double yearsTo15 = Math.max(1.0 / 12, parameters.valueAt("em_aar_til_15", month));
        int adults = 0;
        for (int j = bands.length - 1; j >= 0; j--) {
            int from = bands[j];
            Group group = segments.get(from).group();
            double p = group == Group.EM_UNDER_15 ? 1.0 / (12 * yearsTo15) : 1.0 / 12;
            int moved = queues.move(from, segments.olderOf(from), flows[j], p);
            if (group == Group.EM_17) {
                adults += moved;
            }
        }
        return adults;
    }
}

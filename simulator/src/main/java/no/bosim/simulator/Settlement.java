package no.bosim.simulator;

import java.time.YearMonth;
import no.bosim.rules.LargestRemainder;
import no.bosim.rules.SettlementProfile;
import no.bosim.scenario.Parameters;
import no.bosim.scenario.Stream;

/**
 * The settlement phase: IMDi matches settlement-ready people with kommuner that have places left.
 * <ul>
 *   <li>A person can be matched once mapped, {@code min_ventetid_mnd} months after the decision
 *       ({@code min_ventetid_ukraina_mnd} for Ukrainians); resettlement refugees are matched before they travel. Of those who can be matched, IMDi
 *       matches a share a month ({@code bosetting_matching_*}, by stream): the pace of mapping,
 *       asking the kommune and moving, which sets the wait when places are plenty.</li>
 *   <li>A kommune's places open over the year along the settlement profile: each month opens its
 *       share of the places left, from month {@code bosetting_hoesttakt_fra_mnd} a month counting
 *       {@code bosetting_hoesttakt} times an earlier one, as kommuner settle more in the autumn;
 *       places not used roll on. At most {@code bosetting_utnyttelse} of a decision can be filled
 *       (profiles that do not match). The rules may speed the pace up and let kommuner settle above
 *       their decision when the queue is long.</li>
 *   <li>Minors are settled only against places for minors; everyone else against other places.
 *       When places are fewer than matched people, the {@link SettlementOrder} chooses.</li>
 * </ul>
 */
final class Settlement {

    private final Segments segments;
    private final Queues queues;
    private final KommuneLedger ledger;
    private final SettlementOrder order;
    private final Flow[] matching;
    private final int[] minors;
    private final int[] others;

    Settlement(Segments segments, Queues queues, KommuneLedger ledger, SettlementOrder order,
               java.util.function.Function<String, Flow> flows) {
        this.segments = segments;
        this.queues = queues;
        this.ledger = ledger;
        this.order = order;
        matching = new Flow[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            matching[i] = flows.apply("matching." + segments.get(i).key());
        }
        minors = segments.where(i -> segments.get(i).group().minor());
        others = segments.where(i -> !segments.get(i).group().minor());
    }

    SettlementOrder order() {
        return order;
    }

    /**
     * @param tempo   the rules' factor on the settlement profile (1 normally; over 1 speeds it up)
     * @param ceiling the share of each decision that can be filled (over 1: settlement above the decision)
     */
    Settled settle(YearMonth month, Parameters p, double tempo, double ceiling) {
        double share = Math.min(1.0, tempo * monthShare(month, p));
        Settled em = settleGroup(month, p, minors, true, share, ceiling);
        Settled rest = settleGroup(month, p, others, false, share, ceiling);
        return em.plus(rest);
    }

    private Settled settleGroup(YearMonth month, Parameters p, int[] group, boolean forMinors, double share, double ceiling) {
        int[] allowance = ledger.allowance(forMinors, share, ceiling);
        int places = 0;
        for (int a : allowance) {
            places += a;
        }
        int[] candidates = new int[group.length];
        int[] fromWait = new int[group.length];
        for (int j = 0; j < group.length; j++) {
            int s = group[j];
            Stream stream = segments.get(s).group().stream();
            if (stream == Stream.QUOTA) {
                candidates[j] = queues.ready(s);
                fromWait[j] = 0;
            } else {
                fromWait[j] = (int) Math.round(p.valueAt(stream == Stream.UKRAINE ? "min_ventetid_ukraina_mnd" : "min_ventetid_mnd", month));
                candidates[j] = matching[s].take(queues.readyFrom(s, fromWait[j]), p.valueAt("bosetting_matching_"
                        + CaseProcessing.key(stream), month));
            }
        }
        if (places == 0) {
            return Settled.NONE;
        }
        Settled settled = order.take(queues, group, candidates, fromWait, places, segments,
                (int) Math.round(p.valueAt("bosatt_innen_mnd", month)), p.valueAt("bosetting_overforing_forst", month) == 1.0);
        ledger.settle(forMinors, LargestRemainder.split(settled.total(), allowance));
        return settled;
    }

    /**
     * The share of the places left that this month opens: its weight in the settlement profile over
     * the weights of the months left in the year, itself included (months weighted 1 before
     * {@code bosetting_hoesttakt_fra_mnd} and {@code bosetting_hoesttakt} from it). Places not used
     * roll on to the months left, so a kommune that fell behind catches up; December opens the rest.
     */
    double monthShare(YearMonth month, Parameters p) {
        return SettlementProfile.shareOfRest(month.getMonthValue(), p.valueAt("bosetting_hoesttakt", month),
                Math.round(p.valueAt("bosetting_hoesttakt_fra_mnd", month)));
    }
}

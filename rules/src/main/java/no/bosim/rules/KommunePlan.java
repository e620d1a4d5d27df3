package no.bosim.rules;

/**
 * One kommune's request and decision for a year, and the rules behind them.
 *
 * @param vedtatt     places decided in all (minors included)
 * @param vedtattEm   of which places for unaccompanied minors; zero means the kommune takes no minors
 * @param weight      the kommune's weight in the distribution (share of the need it was asked)
 * @param ruleIds     the ids of the rules that made the request and decision, separated by spaces
 * @param willingness the kommune's willingness after this decision (standard-normal scale), carried into next
 *                    year's decision; NaN when the policy does not model it
 */
public record KommunePlan(String kommunenummer, int anmodet, int anmodetEm, int vedtatt, int vedtattEm,
                          double weight, String ruleIds, double willingness) {

    public KommunePlan {
        if (anmodet < 0 || anmodetEm < 0 || vedtatt < 0 || vedtattEm < 0 || vedtattEm > vedtatt) {
            throw new IllegalArgumentException("inconsistent plan for " + kommunenummer + ": anmodet=" + anmodet
                    + " anmodetEm=" + anmodetEm + " vedtatt=" + vedtatt + " vedtattEm=" + vedtattEm);
        }
    }
}

package no.bosim.rules.drools;

import no.bosim.rules.SettlementProfile;

/**
 * Who is still to be settled this year, as a month stands, derived once a month by rule UTSIKT-01 for
 * the need rules and the warnings alike: those settlement-ready beyond the normal working queue
 * ({@code behov_normal_ko_mnd} months of grants, who are in the ordinary flow from decision to
 * settlement and go to next year's places in December), the grants expected in the months left, and
 * the resettlement refugees still to arrive. The year-end at the pace so far follows the settlement
 * profile. One definition, so a rule that asks "how many are to be settled this year" cannot count
 * differently from another.
 */
public final class Bosettingsutsikt {

    private final int index;
    private final int settledThisYear;
    private final int waiting;
    private final double normalQueueMonths;
    private final int monthsLeft;
    private final int quotaRestOfYear;
    private final double grantsPerMonth;
    private final double profileDone;

    public Bosettingsutsikt(Maaned month, Prognose forecast, double normalQueueMonths, double autumn, double autumnFrom) {
        this.index = month.getIndex();
        this.settledThisYear = month.getSettledThisYear();
        this.waiting = month.getSettlementReady();
        this.normalQueueMonths = normalQueueMonths;
        this.monthsLeft = month.getMonthsLeft();
        this.quotaRestOfYear = month.getQuotaRestOfYear();
        this.grantsPerMonth = forecast.getGrantsPerMonth();
        this.profileDone = SettlementProfile.shareDoneBy(month.getMonthOfYear(), autumn, autumnFrom);
    }

    public int getIndex() {
        return index;
    }

    /** The grants a month the forecast expects (PROGNOSE-01). */
    public double getGrantsPerMonth() {
        return grantsPerMonth;
    }

    /** Settlement-ready people beyond the normal working queue at {@code grantsPerMonth} grants a month. */
    public double waitingBeyondNormalAt(double grantsPerMonth) {
        return Math.max(0.0, waiting - grantsPerMonth * normalQueueMonths);
    }

    /** Still to be settled this year at {@code grantsPerMonth} grants a month: waiting beyond the normal queue, the months left's grants, the resettlement refugees to come. */
    public double stillToSettleAt(double grantsPerMonth) {
        return waitingBeyondNormalAt(grantsPerMonth) + monthsLeft * grantsPerMonth + quotaRestOfYear;
    }

    /** Still to be settled this year at the forecast's grants. */
    public double getStillToSettle() {
        return stillToSettleAt(grantsPerMonth);
    }

    /** Settled so far this year and still to be settled, at {@code grantsPerMonth} grants a month. */
    public double toSettleThisYearAt(double grantsPerMonth) {
        return settledThisYear + stillToSettleAt(grantsPerMonth);
    }

    public double getToSettleThisYear() {
        return toSettleThisYearAt(grantsPerMonth);
    }

    /** The year's settled at the year's end if the rest of the year keeps the pace so far along the profile. */
    public double getProjectedAtPace() {
        return settledThisYear / profileDone;
    }

    @Override
    public String toString() {
        return "Bosettingsutsikt(month " + index + ": settled " + settledThisYear + ", waiting " + waiting + ", grants a month "
                + Math.round(grantsPerMonth) + ", " + monthsLeft + " months left)";
    }
}

package no.bosim.simulator;

import no.bosim.scenario.Stream;

/**
 * The people settled in one step: how many, of which streams, and how long they had waited since
 * the decision (whole months), for IMDi's waiting-time figures.
 *
 * @param monthsWaited the sum of whole months waited since the decision
 * @param within6      of them settled within IMDi's goal indicator's months of the decision ({@code bosatt_innen_mnd}, 6)
 */
record Settled(int total, int minors, int ukrainians, long monthsWaited, int within6) {

    static final Settled NONE = new Settled(0, 0, 0, 0, 0);

    Settled plus(Settled o) {
        return new Settled(total + o.total, minors + o.minors, ukrainians + o.ukrainians, monthsWaited + o.monthsWaited,
                within6 + o.within6);
    }

    /** Collects settled people one queue cell at a time. */
    static final class Builder {
        /** The indicator's months: settled after at most this many whole months counts as within them. */
        private final int withinMonths;
        private int total;
        private int minors;
        private int ukrainians;
        private long months;
        private int within6;

        void add(Group group, int monthsWaited, int n) {
            total += n;
            minors += group.minor() ? n : 0;
            ukrainians += group.stream() == Stream.UKRAINE ? n : 0;
            months += (long) monthsWaited * n;
            within6 += monthsWaited <= withinMonths ? n : 0;
        }

        Builder(int withinMonths) {
            this.withinMonths = withinMonths;
        }

        Settled build() {
            return new Settled(total, minors, ukrainians, months, within6);
        }
    }
}

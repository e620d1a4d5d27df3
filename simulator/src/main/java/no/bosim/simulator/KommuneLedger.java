package no.bosim.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.bosim.rules.KommunePlan;
import no.bosim.rules.SettlementPlan;
import no.bosim.scenario.Municipality;

/**
 * Each kommune's year: what it was asked (anmodet), what it decided (vedtatt) and whom it has
 * settled so far, places for minors apart; and what it was asked, decided and settled the year
 * before, which the next plan's criteria look at. Settlement never runs past what a kommune may
 * take; a revised plan replaces requests and decisions but keeps who is already settled, and a
 * decision is never below the number already settled.
 */
final class KommuneLedger {

    private final List<Municipality> kommuner;
    private final int n;
    private int year = -1;
    private int firstMonth;
    private int need;
    private int needEm;
    private final int[] anmodet;
    private final int[] anmodetEm;
    private final int[] vedtattOrdinary;
    private final int[] vedtattEm;
    private final int[] settledOrdinary;
    private final int[] settledEm;
    private final double[] weight;
    private final String[] ruleIds;
    /** Each kommune's willingness after its last decision (a standard-normal scale), carried into the next year's decision. */
    private final double[] willingness;
    private final int[] lastAnmodet;
    private final int[] lastVedtatt;
    private final int[] lastBosatt;

    KommuneLedger(List<Municipality> kommuner) {
        this.kommuner = kommuner;
        n = kommuner.size();
        anmodet = new int[n];
        anmodetEm = new int[n];
        vedtattOrdinary = new int[n];
        vedtattEm = new int[n];
        settledOrdinary = new int[n];
        settledEm = new int[n];
        weight = new double[n];
        ruleIds = new String[n];
        willingness = new double[n];
        java.util.Arrays.fill(willingness, Double.NaN);
        lastAnmodet = new int[n];
        lastVedtatt = new int[n];
        lastBosatt = new int[n];
        java.util.Arrays.fill(lastAnmodet, -1);
        java.util.Arrays.fill(lastVedtatt, -1);
        java.util.Arrays.fill(lastBosatt, -1);
    }

    int size() {
        return n;
    }

    int year() {
        return year;
    }

    int firstMonth() {
        return firstMonth;
    }

    int need() {
        return need;
    }

    int needEm() {
        return needEm;
    }

    boolean open() {
        return year >= 0;
    }

    Municipality kommune(int i) {
        return kommuner.get(i);
    }

    /** Starts a year with its plan, made in {@code firstMonth} or before. */
    void begin(SettlementPlan plan, int firstMonth) {
        year = plan.year();
        this.firstMonth = firstMonth;
        java.util.Arrays.fill(settledOrdinary, 0);
        java.util.Arrays.fill(settledEm, 0);
        apply(plan);
    }

    /** A revised plan for the year under way: new requests and decisions, the same people settled. */
    void revise(SettlementPlan plan) {
        if (plan.year() != year) {
            throw new IllegalStateException("a revision for " + plan.year() + " came while " + year + " is under way");
        }
        apply(plan);
    }

    private void apply(SettlementPlan plan) {
        need = plan.need();
        needEm = plan.needEm();
        Map<String, KommunePlan> byNumber = new HashMap<>(2 * n);
        plan.kommuner().forEach(p -> byNumber.put(p.kommunenummer(), p));
        if (byNumber.size() != n || plan.kommuner().size() != n) {
            throw new IllegalStateException("the policy planned " + plan.kommuner().size() + " kommuner for " + plan.year()
                    + "; expected each of the " + n + " once");
        }
        for (int i = 0; i < n; i++) {
            KommunePlan p = byNumber.get(kommuner.get(i).kommunenummer());
            if (p == null) {
                throw new IllegalStateException("the policy made no plan for kommune " + kommuner.get(i).kommunenummer() + " in " + plan.year());
            }
            anmodet[i] = p.anmodet();
            anmodetEm[i] = p.anmodetEm();
            vedtattEm[i] = Math.max(p.vedtattEm(), settledEm[i]);
            vedtattOrdinary[i] = Math.max(p.vedtatt() - p.vedtattEm(), settledOrdinary[i]);
            weight[i] = p.weight();
            ruleIds[i] = p.ruleIds();
            if (!Double.isNaN(p.willingness())) {
                willingness[i] = p.willingness();
            }
        }
    }

    int vedtatt(int i) {
        return vedtattOrdinary[i] + vedtattEm[i];
    }

    /** The kommune's request this year as it stands (minors included). */
    int anmodet(int i) {
        return anmodet[i];
    }

    int vedtattTotal() {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += vedtatt(i);
        }
        return s;
    }

    int anmodetTotal() {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += anmodet[i];
        }
        return s;
    }

    int settled(int i) {
        return settledOrdinary[i] + settledEm[i];
    }

    int settledTotal() {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += settled(i);
        }
        return s;
    }

    /**
     * Places each kommune opens this month: the places it has left this year (its decision times
     * {@code ceiling}, less those settled) times {@code share}, the part of the rest of the year this
     * month stands for. Whole places by largest remainder over the kommuner, so small kommuner get
     * their places in some month instead of rounding to none until December.
     *
     * @param share   this month's share of the places left (1 in the year's last month)
     * @param ceiling the share of the decision that can be filled at all (settlement above the decision when over 1)
     */
    int[] allowance(boolean minors, double share, double ceiling) {
        int[] left = placesLeft(minors, ceiling);
        return no.bosim.rules.LargestRemainder.split(Math.round(sum(left) * Math.min(1.0, share)), left);
    }

    /** The places all kommuner open this month, as {@link #allowance} would sum to, without sharing them out. */
    long opening(boolean minors, double share, double ceiling) {
        return Math.round(sum(placesLeft(minors, ceiling)) * Math.min(1.0, share));
    }

    /** Each kommune's places left this year: its decision times {@code ceiling}, less those settled. */
    private int[] placesLeft(boolean minors, double ceiling) {
        int[] left = new int[n];
        int[] decided = minors ? vedtattEm : vedtattOrdinary;
        int[] settled = minors ? settledEm : settledOrdinary;
        for (int i = 0; i < n; i++) {
            left[i] = Math.max(0, (int) Math.floor(decided[i] * ceiling + 1e-9) - settled[i]);
        }
        return left;
    }

    private static long sum(int[] values) {
        long all = 0;
        for (int v : values) {
            all += v;
        }
        return all;
    }

    void settle(boolean minors, int[] byKommune) {
        int[] settled = minors ? settledEm : settledOrdinary;
        for (int i = 0; i < n; i++) {
            settled[i] += byKommune[i];
        }
    }

    /** What the next plan needs to know of each kommune's last year, and its willingness then. */
    int lastAnmodet(int i) {
        return lastAnmodet[i];
    }

    int lastVedtatt(int i) {
        return lastVedtatt[i];
    }

    int lastBosatt(int i) {
        return lastBosatt[i];
    }

    double willingness(int i) {
        return willingness[i];
    }

    /** Before any simulated year: what the kommune was asked, decided and settled in the year before the start, where known. */
    void knownBefore(int i, int anmodet, int vedtatt, int bosatt) {
        lastAnmodet[i] = anmodet;
        lastVedtatt[i] = vedtatt;
        lastBosatt[i] = bosatt;
    }

    /** Closes the year: its rows, and this year becomes "last year" for the next plan. */
    List<KommuneYearRecord> close(String criteria, Map<String, int[]> published, java.util.function.ToIntFunction<Municipality> population) {
        List<KommuneYearRecord> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Municipality m = kommuner.get(i);
            rows.add(new KommuneYearRecord(year, m.kommunenummer(), m.kommune(), m.fylke(), anmodet[i], anmodetEm[i],
                    vedtatt(i), vedtattEm[i], settled(i), settledEm[i], criteria, weight[i], ruleIds[i], population.applyAsInt(m)));
            int[] real = published == null ? null : published.get(m.kommunenummer());
            lastAnmodet[i] = real != null && real[0] >= 0 ? real[0] : anmodet[i];
            lastVedtatt[i] = real != null ? real[1] : vedtatt(i);
            lastBosatt[i] = real != null ? real[2] : settled(i);
        }
        year = -1;
        return rows;
    }

    /** The settled of the closing year by kommune, for the cost cohorts. */
    int[] settledOrdinary() {
        return settledOrdinary.clone();
    }

    int[] settledEm() {
        return settledEm.clone();
    }
}

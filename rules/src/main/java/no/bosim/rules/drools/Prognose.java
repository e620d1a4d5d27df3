package no.bosim.rules.drools;

/**
 * The forecast of reception the capacity and warning rules share, derived once a month by rule
 * PROGNOSE-01: arrivals to reception expected per month (a blend of the last quarter's level and the
 * last year's, so a spike counts but is not carried forward whole), UDI's grants expected per month
 * (the same blend, for the same reason: the need rules project them over the rest of the year), what
 * leaves reception per month (the last quarter's level), and so the residents expected after the
 * lead times of emergency and ordinary places and of the notice period.
 */
public final class Prognose {

    private final int index;
    private final double arrivalsPerMonth;
    private final double outflowPerMonth;
    private final int inMottak;
    private final double grantsPerMonth;

    public Prognose(int index, double arrivalsPerMonth, double outflowPerMonth, int inMottak, double grantsPerMonth) {
        this.index = index;
        this.arrivalsPerMonth = arrivalsPerMonth;
        this.outflowPerMonth = outflowPerMonth;
        this.inMottak = inMottak;
        this.grantsPerMonth = grantsPerMonth;
    }

    /**
     * The forecast from the months at hand (the newest last, at {@code index}): arrivals to reception
     * and UDI's grants weighted {@code recentWeight} on the last {@code shortMonths} months and the rest on
     * the last {@code longMonths}; what leaves reception as the last {@code shortMonths} months' mean. The
     * session keeps {@link DroolsPolicy#HISTORY_MONTHS} months, so a longer window is refused, not cut short.
     */
    public static Prognose from(int index, java.util.List<?> history, double recentWeight, int shortMonths, int longMonths) {
        if (longMonths >= DroolsPolicy.HISTORY_MONTHS || shortMonths < 1 || shortMonths > longMonths) {
            throw new IllegalArgumentException("kapasitet_prognose_kort_mnd is " + shortMonths + " and kapasitet_prognose_lang_mnd "
                    + longMonths + "; expected 1 <= kort <= lang <= " + (DroolsPolicy.HISTORY_MONTHS - 1) + " (the rules keep " + DroolsPolicy.HISTORY_MONTHS + " months)");
        }
        java.util.List<Maaned> months = new java.util.ArrayList<>();
        for (Object o : history) {
            months.add((Maaned) o);
        }
        months.sort(java.util.Comparator.comparingInt(Maaned::getIndex));
        int n = months.size();
        Maaned now = months.get(n - 1);
        double recent = 0;
        double year = 0;
        double outflow = 0;
        double grants = 0;
        double grantsYear = 0;
        int recentN = 0;
        int yearN = 0;
        int outflowN = 0;
        for (int k = n - 1; k >= 0 && index - months.get(k).getIndex() < longMonths; k--) {
            Maaned m = months.get(k);
            year += m.getArrivalsToMottak();
            grantsYear += m.getGranted();
            yearN++;
            if (index - m.getIndex() < shortMonths) {
                recent += m.getArrivalsToMottak();
                grants += m.getGranted();
                recentN++;
                if (k > 0 && months.get(k - 1).getIndex() == m.getIndex() - 1) {
                    outflow += m.getArrivalsToMottak() - (m.getInMottak() - months.get(k - 1).getInMottak());
                    outflowN++;
                }
            }
        }
        double arrivals = recentWeight * recent / Math.max(1, recentN) + (1 - recentWeight) * year / Math.max(1, yearN);
        return new Prognose(index, arrivals, outflowN == 0 ? arrivals : Math.max(0, outflow / outflowN), now.getInMottak(),
                recentWeight * grants / Math.max(1, recentN) + (1 - recentWeight) * grantsYear / Math.max(1, yearN));
    }

    /** UDI's grants expected per month (a blend of the last three months' mean and the last twelve's). */
    public int getInMottak() {
        return inMottak;
    }

    public double getGrantsPerMonth() {
        return grantsPerMonth;
    }

    public int getIndex() {
        return index;
    }

    public double getArrivalsPerMonth() {
        return arrivalsPerMonth;
    }

    public double getOutflowPerMonth() {
        return outflowPerMonth;
    }

    /** Residents expected {@code months} months ahead (never below zero). */
    public double residentsIn(double months) {
        return Math.max(0.0, inMottak + months * (arrivalsPerMonth - outflowPerMonth));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Prognose(%d in mottak, %.0f arriving and %.0f leaving a month)",
                inMottak, arrivalsPerMonth, outflowPerMonth);
    }
}

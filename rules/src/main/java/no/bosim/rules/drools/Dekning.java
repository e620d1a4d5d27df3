package no.bosim.rules.drools;

/** A year's coverage (grants over costs) for a subject, computed from the rates, for the warning rules. */
public final class Dekning {

    private final String subject;
    private final int monthIndex;
    private final double coverage;

    Dekning(String subject, int monthIndex, double coverage) {
        this.subject = subject;
        this.monthIndex = monthIndex;
        this.coverage = coverage;
    }

    public String getSubject() {
        return subject;
    }

    /** December of the year, as a month index: when the warning is dated. */
    public int getMonthIndex() {
        return monthIndex;
    }

    public double getCoverage() {
        return coverage;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Dekning(%s, %.1f %%)", subject, 100 * coverage);
    }
}

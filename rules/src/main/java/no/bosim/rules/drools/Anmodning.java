package no.bosim.rules.drools;

import no.bosim.rules.KommuneFacts;

/** IMDi's request to one kommune for the year, as the decision rules see it, with the kommune's willingness. */
public final class Anmodning {

    private final KommuneFacts kommune;
    private final int anmodet;
    private final int anmodetEm;
    private final boolean deterministic;

    Anmodning(KommuneFacts kommune, int anmodet, int anmodetEm, boolean deterministic) {
        this.kommune = kommune;
        this.anmodet = anmodet;
        this.anmodetEm = anmodetEm;
        this.deterministic = deterministic;
    }

    public String getKommunenummer() {
        return kommune.kommunenummer();
    }

    public int getPopulation() {
        return kommune.population();
    }

    public int getAnmodet() {
        return anmodet;
    }

    public int getAnmodetEm() {
        return anmodetEm;
    }

    /** Requested per 1 000 inhabitants: the bigger it is, the smaller the share kommuner decide (IMDi 2024). */
    public double getPer1000() {
        return kommune.population() == 0 ? 0.0 : 1000.0 * anmodet / kommune.population();
    }

    /** The decision IMDi published for this request, or -1 when the rules decide. */
    public int getKnownVedtatt() {
        return kommune.knownVedtatt();
    }

    /** When the year's need is revised: the decision standing before it, else -1. */
    public int getCurrentVedtatt() {
        return kommune.currentVedtatt();
    }

    /** The kommune's request standing before a revision of the year's need, else -1. */
    public int getCurrentAnmodet() {
        return kommune.standing().anmodet();
    }

    /** A revision that cuts this kommune's request: its decision then stands, never rises. */
    public boolean isCut() {
        return kommune.standing().anmodet() >= 0 && getAnmodet() < kommune.standing().anmodet();
    }

    /** The kommune's willingness after last year's decision (NaN when unknown). */
    public double getLastWillingness() {
        return kommune.lastWillingness();
    }

    /** This year's standard-normal draw (0 in deterministic runs). */
    public double getDraw() {
        return kommune.willingnessDraw();
    }

    public boolean isDeterministic() {
        return deterministic;
    }

    @Override
    public String toString() {
        return "Anmodning(" + getKommunenummer() + ", " + anmodet + " of them " + anmodetEm + " minors, "
                + String.format(java.util.Locale.ROOT, "%.1f", getPer1000()) + " per 1 000)";
    }
}

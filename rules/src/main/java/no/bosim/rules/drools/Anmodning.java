package no.bosim.rules.drools;

/** IMDi's request to one kommune for the year, as the decision rules see it. */
public final class Anmodning {

    private final String kommunenummer;
    private final int population;
    private final int anmodet;
    private final int anmodetEm;
    private final double noise;

    Anmodning(String kommunenummer, int population, int anmodet, int anmodetEm, double noise) {
        this.kommunenummer = kommunenummer;
        this.population = population;
        this.anmodet = anmodet;
        this.anmodetEm = anmodetEm;
        this.noise = noise;
    }

    /** A standard-normal draw for this kommune and year (0 in deterministic runs): its willingness against its band. */
    public double getNoise() {
        return noise;
    }

    public String getKommunenummer() {
        return kommunenummer;
    }

    public int getPopulation() {
        return population;
    }

    public int getAnmodet() {
        return anmodet;
    }

    public int getAnmodetEm() {
        return anmodetEm;
    }

    /** Requested per 1 000 inhabitants: the bigger it is, the smaller the share kommuner decide (IMDi 2024). */
    public double getPer1000() {
        return population == 0 ? 0.0 : 1000.0 * anmodet / population;
    }

    @Override
    public String toString() {
        return "Anmodning(" + kommunenummer + ", " + anmodet + " of them " + anmodetEm + " minors, "
                + String.format(java.util.Locale.ROOT, "%.1f", getPer1000()) + " per 1 000)";
    }
}

package no.bosim.rules;

/**
 * What the policy knows of one kommune when it plans a year.
 *
 * @param population        population on 1 January of the planned year (the kommune file's figure scaled where the year has none)
 * @param populationYear    the first of the kommune file's two population years (2024 in the shipped file)
 * @param populationFirst   population on 1 January of {@code populationYear}; {@code populationNext} a year later
 * @param fileAnmodet       IMDi's request in the kommune file's year (2024 in the shipped file); {@code fileVedtatt} the
 *                          kommune's decision on it (-1 where undecided)
 * @param anmodetLastYear   last year's request (-1 when unknown)
 * @param vedtattLastYear   last year's decision (-1 when unknown)
 * @param bosattLastYear    settled here last year (-1 when unknown, e.g. suppressed by IMDi)
 * @param excluded          the scenario excludes this kommune from requests
 * @param knownAnmodet      IMDi's published request for this year when it is used as it is, else -1
 * @param knownVedtatt      the kommune's published decision for this year when it is used as it is, else -1
 * @param standing          when the year's need is revised: the kommune's request and decision standing before the
 *                          revision; {@link Standing#NONE} for the year's first plan
 * @param lastWillingness   the kommune's willingness after last year's decision (standard-normal scale), NaN when unknown
 * @param willingnessDraw   a standard-normal draw for this kommune and year (0 in deterministic runs): the new part of
 *                          its willingness; the decision rules say how it combines with the last
 * @param lastPublishedAnmodet IMDi's published request for this kommune in the latest earlier year the scenario
 *                          has IMDi's figures per kommune for ({@link PlanningFacts#lastPublishedYear()}), -1 when none
 */
public record KommuneFacts(String kommunenummer, String kommune, String fylkesnummer, String fylke,
                           int population, int populationYear, int populationFirst, int populationNext, int fileAnmodet, int fileVedtatt,
                           int anmodetLastYear, int vedtattLastYear, int bosattLastYear, boolean excluded,
                           int knownAnmodet, int knownVedtatt, Standing standing, double lastWillingness,
                           double willingnessDraw, int lastPublishedAnmodet) {

    /** The request and decision in force before a revision of the year's need (-1 each: no revision). */
    public record Standing(int anmodet, int vedtatt) {

        public static final Standing NONE = new Standing(-1, -1);
    }

    /** The decision standing before a revision, else -1. */
    public int currentVedtatt() {
        return standing.vedtatt();
    }

    /**
     * The facts of a kommune by name, so a caller says which figure is which and leaves out what it
     * does not know: last year's figures, IMDi's published ones for this year, a standing decision and
     * the willingness default to unknown (-1, {@link Standing#NONE}, NaN and a draw of 0).
     */
    public static Builder of(String kommunenummer, String kommune, String fylkesnummer, String fylke) {
        return new Builder(kommunenummer, kommune, fylkesnummer, fylke);
    }

    /** Builds {@link KommuneFacts} by name; see {@link #of}. */
    public static final class Builder {
        private final String kommunenummer;
        private final String kommune;
        private final String fylkesnummer;
        private final String fylke;
        private int population;
        private int populationYear;
        private int populationFirst;
        private int populationNext;
        private int fileAnmodet;
        private int fileVedtatt;
        private int anmodetLastYear = -1;
        private int vedtattLastYear = -1;
        private int bosattLastYear = -1;
        private boolean excluded;
        private int knownAnmodet = -1;
        private int knownVedtatt = -1;
        private Standing standing = Standing.NONE;
        private double lastWillingness = Double.NaN;
        private double willingnessDraw;
        private int lastPublishedAnmodet = -1;

        private Builder(String kommunenummer, String kommune, String fylkesnummer, String fylke) {
            this.kommunenummer = kommunenummer;
            this.kommune = kommune;
            this.fylkesnummer = fylkesnummer;
            this.fylke = fylke;
        }

        /**
         * The population in the planned year, and on 1 January of the kommune file's two years ({@code firstYear}
         * and the next: 2024 and 2025 in the shipped file).
         */
        public Builder population(int inYear, int firstYear, int inFirst, int inNext) {
            population = inYear;
            populationYear = firstYear;
            populationFirst = inFirst;
            populationNext = inNext;
            return this;
        }

        /** IMDi's request in the kommune file's year and the kommune's decision on it (-1 where undecided). */
        public Builder fromFile(int anmodet, int vedtatt) {
            fileAnmodet = anmodet;
            fileVedtatt = vedtatt;
            return this;
        }

        /** Last year's request, decision and settled (-1 each where unknown). */
        public Builder lastYear(int anmodet, int vedtatt, int bosatt) {
            anmodetLastYear = anmodet;
            vedtattLastYear = vedtatt;
            bosattLastYear = bosatt;
            return this;
        }

        public Builder excluded(boolean isExcluded) {
            excluded = isExcluded;
            return this;
        }

        /** IMDi's published request and the kommune's published decision for the planned year, used as they are. */
        public Builder known(int anmodet, int vedtatt) {
            knownAnmodet = anmodet;
            knownVedtatt = vedtatt;
            return this;
        }

        public Builder standing(Standing before) {
            standing = before;
            return this;
        }

        /** The willingness after last year's decision (NaN when unknown) and this year's draw. */
        public Builder willingness(double last, double draw) {
            lastWillingness = last;
            willingnessDraw = draw;
            return this;
        }

        public Builder lastPublishedAnmodet(int anmodet) {
            lastPublishedAnmodet = anmodet;
            return this;
        }

        public KommuneFacts build() {
            return new KommuneFacts(kommunenummer, kommune, fylkesnummer, fylke, population, populationYear, populationFirst,
                    populationNext, fileAnmodet, fileVedtatt, anmodetLastYear, vedtattLastYear, bosattLastYear, excluded, knownAnmodet, knownVedtatt,
                    standing, lastWillingness, willingnessDraw, lastPublishedAnmodet);
        }
    }
}

package no.bosim.scenario;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fully loaded and checked scenario: what to simulate, from when, for how long, on which data
 * and parameters. Immutable; a run is a pure function of a scenario, the rules and the seed.
 *
 * @param chain      the scenario files from the outermost overlay down to the root baseline
 * @param criteria   the request-criteria set in force, dated
 * @param planning   the planner's figure for each year's settlement need (NU/BGU), which the need
 *                   rules use as their forecast; may have no years (the rules then forecast themselves)
 * @param requests   IMDi's real national requests and their revisions; years with rows use them
 * @param rulesReviseFrom the month from which the need rules also revise the requests given in {@code requests}
 *                   (years that have not happened, or arrivals that did not, such as a surge replayed on today's
 *                   requests); null: only the file's own revisions apply
 * @param population Norway's population by year, to scale the kommuner's 2024 populations
 * @param history    IMDi's published per-kommune figures for past years (2024 from the kommune file)
 * @param observed   the file of observed figures a backtest compares with, or null
 * @param projectionFrom the first month whose inputs are projected rather than observed (arrivals, requests,
 *                   criteria): months before it replay history, months from it project (the start when the whole
 *                   run is a projection; after the end when the whole run is history, as in a backtest)
 * @param anchors    observed stocks the replayed state is brought to at {@code projectionFrom} (none: no adjustment)
 * @param inputs     every file the scenario reads, in reading order (hashed into the manifest)
 * @param sha256     hash over the names and bytes of {@code inputs}
 * @param descriptionNb the description in Norwegian ({@code beskrivelse}), or null
 * @param settledBeforeStart people settled in each year before the start, nationally (their grants
 *                   and costs run on into the simulated years)
 */
public record Scenario(String name, String description, String descriptionNb, List<String> chain, YearMonth start, int horizonMonths,
                       long seed, Mode mode, CriteriaSchedule criteria, List<Municipality> municipalities,
                       Set<String> excludedMunicipalities, ArrivalPath arrivals, PlanningFigures planning,
                       RequestSeries requests, YearMonth rulesReviseFrom, PopulationSeries population, KommuneHistory history,
                       InitialStocks initial, Map<Integer, Integer> settledBeforeStart, Parameters parameters,
                       Path observed, YearMonth projectionFrom, List<Anchor> anchors, List<String> inputs, String sha256,
                       String title, String titleNb) {

    /** The title a reader sees ({@code tittel} in Norwegian, {@code title} in English), else the file's name. */
    public String title(String lang) {
        if ("nb".equals(lang) && titleNb != null) {
            return titleNb;
        }
        return title != null ? title : titleNb != null ? titleNb : name;
    }

    /** The description in {@code lang} ("nb" or "en"), the English one where no Norwegian is given. */
    public String description(String lang) {
        return "nb".equals(lang) && descriptionNb != null ? descriptionNb : description;
    }

    public Scenario {
        chain = List.copyOf(chain);
        municipalities = List.copyOf(municipalities);
        excludedMunicipalities = Set.copyOf(excludedMunicipalities);
        inputs = List.copyOf(inputs);
        anchors = List.copyOf(anchors);
        settledBeforeStart = Map.copyOf(settledBeforeStart);
    }

    public YearMonth end() {
        return start.plusMonths(horizonMonths - 1L);
    }

    /** Whether {@code month}'s inputs are projected (true) or observed history replayed (false). */
    public boolean projected(YearMonth month) {
        return !month.isBefore(projectionFrom);
    }

    /** Whether the run replays any history before its projection. */
    public boolean replaysHistory() {
        return projectionFrom.isAfter(start);
    }

    /** Whether the need rules may revise a given request in {@code month}. */
    public boolean rulesReviseRequests(YearMonth month) {
        return rulesReviseFrom != null && !month.isBefore(rulesReviseFrom);
    }

    /** The same scenario with another seed (the CLI's --seed). */
    public Scenario withSeed(long newSeed) {
        Copy c = new Copy(this);
        c.seed = newSeed;
        return c.build();
    }

    /** The same scenario in another mode (the CLI's --deterministic). */
    public Scenario withMode(Mode newMode) {
        Copy c = new Copy(this);
        c.mode = newMode;
        return c.build();
    }

    /** The same scenario over another number of months from its start (tests of the first years). */
    public Scenario withHorizon(int months) {
        Copy c = new Copy(this);
        c.horizonMonths = months;
        return c.build();
    }

    /** The same scenario with other parameters (a sweep's point). */
    public Scenario withParameters(Parameters newParameters) {
        Copy c = new Copy(this);
        c.parameters = newParameters;
        return c.build();
    }

    /** The same scenario with another arrival path (a sweep's point). */
    public Scenario withArrivals(ArrivalPath newArrivals) {
        Copy c = new Copy(this);
        c.arrivals = newArrivals;
        return c.build();
    }

    /** The same scenario over other kommuner (the benchmarks' scaling by kommuner); the national figures stay. */
    public Scenario withMunicipalities(List<Municipality> newMunicipalities) {
        Copy c = new Copy(this);
        c.municipalities = newMunicipalities;
        return c.build();
    }

    /** The same scenario under one criteria set throughout (tests and comparisons of criteria). */
    public Scenario withCriteria(CriteriaSchedule newCriteria) {
        Copy c = new Copy(this);
        c.criteria = newCriteria;
        return c.build();
    }

    /**
     * Every field of a scenario, to change some and build the copy: the one place outside the loader that
     * calls the record's constructor, so a copy cannot swap two fields of the same type.
     */
    private static final class Copy {
        private final Scenario s;
        long seed;
        Mode mode;
        int horizonMonths;
        Parameters parameters;
        ArrivalPath arrivals;
        List<Municipality> municipalities;
        CriteriaSchedule criteria;

        Copy(Scenario s) {
            this.s = s;
            seed = s.seed;
            mode = s.mode;
            horizonMonths = s.horizonMonths;
            parameters = s.parameters;
            arrivals = s.arrivals;
            municipalities = s.municipalities;
            criteria = s.criteria;
        }

        Scenario build() {
            return new Scenario(s.name, s.description, s.descriptionNb, s.chain, s.start, horizonMonths, seed, mode, criteria,
                    municipalities, s.excludedMunicipalities, arrivals, s.planning, s.requests, s.rulesReviseFrom, s.population, s.history,
                    s.initial, s.settledBeforeStart, parameters, s.observed, s.projectionFrom, s.anchors, s.inputs, s.sha256, s.title,
                    s.titleNb);
        }
    }

    /**
     * A kommune's population on 1 January of {@code year}: its own figure for the kommune file's two
     * years (2024 and 2025 in the shipped file), else its nearest own figure scaled by the national
     * population of the year over that figure's year.
     */
    public int populationOf(Municipality m, int year) {
        int first = m.populationYear();
        if (year == first) {
            return m.population();
        }
        if (year == first + 1) {
            return m.populationNext();
        }
        if (year > first + 1) {
            return (int) Math.round(m.populationNext() * population.factor(first + 1, year));
        }
        return (int) Math.round(m.population() * population.factor(first, year));
    }
}

package no.bosim.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fully loaded and checked scenario: what to simulate, from when, for how long, on which data
 * and parameters. Immutable; a run is a pure function of a scenario, the rules and the seed.
 *
 * @param chain      the scenario files from the outermost overlay down to the root baseline
 * @param inputs     every file the scenario reads, in reading order (hashed into the manifest)
 * @param sha256     hash over the names and bytes of {@code inputs}
 * @param settledBeforeStart people settled in each year before the start, nationally (their grants
 *                   and costs run on into the simulated years)
 */
public record Scenario(String name, String description, List<String> chain, YearMonth start, int horizonMonths,
                       long seed, Mode mode, String criteria, List<Municipality> municipalities,
                       Set<String> excludedMunicipalities, ArrivalPath arrivals, PlanningFigures planning,
                       InitialStocks initial, Map<Integer, Integer> settledBeforeStart, Parameters parameters,
                       List<String> inputs, String sha256) {

    public Scenario {
        chain = List.copyOf(chain);
        municipalities = List.copyOf(municipalities);
        excludedMunicipalities = Set.copyOf(excludedMunicipalities);
        inputs = List.copyOf(inputs);
        settledBeforeStart = Map.copyOf(settledBeforeStart);
    }

    public YearMonth end() {
        return start.plusMonths(horizonMonths - 1L);
    }

    /** The same scenario with another seed (the CLI's --seed). */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, chain, start, horizonMonths, newSeed, mode, criteria, municipalities,
                excludedMunicipalities, arrivals, planning, initial, settledBeforeStart, parameters, inputs, sha256);
    }

    /** The same scenario in another mode (the CLI's --deterministic). */
    public Scenario withMode(Mode newMode) {
        return new Scenario(name, description, chain, start, horizonMonths, seed, newMode, criteria, municipalities,
                excludedMunicipalities, arrivals, planning, initial, settledBeforeStart, parameters, inputs, sha256);
    }
}

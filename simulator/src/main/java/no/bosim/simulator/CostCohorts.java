package no.bosim.simulator;

import java.util.ArrayList;
import java.util.List;
import no.bosim.rules.CostFacts;

/**
 * The people settled in each kommune and year whose grants still run: the integration grant is
 * paid for the settlement year and {@code tilskudd_aar} − 1 more, so a cohort leaves the books
 * after that many years. Cohorts settled before the start are known nationally only.
 */
final class CostCohorts {

    private final List<CostFacts.Cohort> cohorts = new ArrayList<>();

    void addBeforeStart(int year, int count) {
        cohorts.add(new CostFacts.Cohort(CostFacts.BEFORE_START, year, count, 0));
    }

    void add(String kommunenummer, int year, int ordinary, int minors) {
        if (ordinary + minors > 0) {
            cohorts.add(new CostFacts.Cohort(kommunenummer, year, ordinary, minors));
        }
    }

    /** Takes off the books the cohorts whose grant years ended before {@code year}. */
    void closeBefore(int year, int grantYears) {
        cohorts.removeIf(c -> c.settlementYear() <= year - grantYears);
    }

    /** The cohorts still in their grant years in {@code year}; asking changes nothing. */
    List<CostFacts.Cohort> inGrantYears(int year, int grantYears) {
        return cohorts.stream().filter(c -> c.settlementYear() > year - grantYears).toList();
    }
}

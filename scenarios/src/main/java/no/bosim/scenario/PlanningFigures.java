package no.bosim.scenario;

import java.util.List;

/**
 * The national settlement need (bosettingsbehov) per year as set or assumed; a year after the
 * last row uses the last row's figures.
 */
public record PlanningFigures(List<Year> years) {

    public PlanningFigures {
        years = List.copyOf(years);
    }

    /** One year's need, the part of it that is unaccompanied minors, and why. */
    public record Year(int year, int bosettingsbehov, int bosettingsbehovEm, Basis basis) {
    }

    public Year forYear(int year) {
        Year found = years.get(0);
        for (Year y : years) {
            if (y.year() > year) {
                break;
            }
            found = y;
        }
        return found;
    }
}

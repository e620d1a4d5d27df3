package no.bosim.simulator;

import java.time.YearMonth;
import java.util.function.Function;
import no.bosim.scenario.Parameters;
import no.bosim.scenario.Stream;

/**
 * Splits a stream's count of people into segments by the household, age and housing shares in force:
 * families vs single adults, minors by age on arrival (under 15, 15, 16, 17), Ukrainians living
 * privately vs in reception.
 */
final class Splitter {

    private final Segments segments;
    private final Flow asylumFamily;
    private final Flow emUnder15;
    private final Flow em15;
    private final Flow em16;
    private final Flow ukraineFamily;
    private final Flow ukraineFamilyPrivate;
    private final Flow ukraineSinglePrivate;
    private final Flow quotaFamily;

    Splitter(Segments segments, Function<String, Flow> flows) {
        this.segments = segments;
        asylumFamily = flows.apply("asylum.family");
        emUnder15 = flows.apply("em.under15");
        em15 = flows.apply("em.15");
        em16 = flows.apply("em.16");
        ukraineFamily = flows.apply("ukraine.family");
        ukraineFamilyPrivate = flows.apply("ukraine.family.private");
        ukraineSinglePrivate = flows.apply("ukraine.single.private");
        quotaFamily = flows.apply("quota.family");
    }

    int[] split(Stream stream, int count, Parameters p, YearMonth month) {
        int[] out = new int[segments.size()];
        switch (stream) {
            case ASYLUM -> {
                int family = asylumFamily.take(count, p.valueAt("andel_familier_asyl", month));
                out[segments.indexOf(Group.ASYLUM_FAMILY, Housing.MOTTAK)] = family;
                out[segments.indexOf(Group.ASYLUM_SINGLE, Housing.MOTTAK)] = count - family;
            }
            case EM -> {
                // Each age band takes its share of those not yet placed in a younger band.
                double under15 = p.valueAt("andel_em_under_15", month);
                double at15 = p.valueAt("andel_em_15", month);
                double at16 = p.valueAt("andel_em_16", month);
                int young = emUnder15.take(count, under15);
                int fifteen = em15.take(count - young, conditional(at15, under15));
                int sixteen = em16.take(count - young - fifteen, conditional(at16, under15 + at15));
                out[segments.indexOf(Group.EM_UNDER_15, Housing.CARE_CENTRE)] = young;
                out[segments.indexOf(Group.EM_15, Housing.MOTTAK)] = fifteen;
                out[segments.indexOf(Group.EM_16, Housing.MOTTAK)] = sixteen;
                out[segments.indexOf(Group.EM_17, Housing.MOTTAK)] = count - young - fifteen - sixteen;
            }
            case UKRAINE -> {
                double privately = p.valueAt("andel_ukraina_privat", month);
                int family = ukraineFamily.take(count, p.valueAt("andel_familier_ukraina", month));
                int familyPrivate = ukraineFamilyPrivate.take(family, privately);
                int singlePrivate = ukraineSinglePrivate.take(count - family, privately);
                out[segments.indexOf(Group.UKRAINE_FAMILY, Housing.PRIVATE)] = familyPrivate;
                out[segments.indexOf(Group.UKRAINE_FAMILY, Housing.MOTTAK)] = family - familyPrivate;
                out[segments.indexOf(Group.UKRAINE_SINGLE, Housing.PRIVATE)] = singlePrivate;
                out[segments.indexOf(Group.UKRAINE_SINGLE, Housing.MOTTAK)] = count - family - singlePrivate;
            }
            case QUOTA -> {
                int family = quotaFamily.take(count, p.valueAt("andel_familier_overforing", month));
                out[segments.indexOf(Group.QUOTA_FAMILY, Housing.MOTTAK)] = family;
                out[segments.indexOf(Group.QUOTA_SINGLE, Housing.MOTTAK)] = count - family;
            }
        }
        return out;
    }

    /** The share of those left after the younger bands that fall in this band. */
    private static double conditional(double share, double younger) {
        return younger >= 1.0 ? 0.0 : Math.min(1.0, share / (1.0 - younger));
    }
}

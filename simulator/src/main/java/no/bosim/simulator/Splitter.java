package no.bosim.simulator;

import java.time.YearMonth;
import java.util.function.Function;
import no.bosim.scenario.Parameters;
import no.bosim.scenario.Stream;

/**
 * Splits a stream's count of people into segments by the household and housing shares in force:
 * families vs single adults, minors under 15 vs 15-17, Ukrainians living privately vs in reception.
 */
final class Splitter {

    private final Segments segments;
    private final Flow asylumFamily;
    private final Flow emUnder15;
    private final Flow ukraineFamily;
    private final Flow ukraineFamilyPrivate;
    private final Flow ukraineSinglePrivate;
    private final Flow quotaFamily;

    Splitter(Segments segments, Function<String, Flow> flows) {
        this.segments = segments;
        asylumFamily = flows.apply("asylum.family");
        emUnder15 = flows.apply("em.under15");
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
                int young = emUnder15.take(count, p.valueAt("andel_em_under_15", month));
                out[segments.indexOf(Group.EM_UNDER_15, Housing.CARE_CENTRE)] = young;
                out[segments.indexOf(Group.EM_15_17, Housing.MOTTAK)] = count - young;
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
}

package no.bosim.rules.drools;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import no.bosim.rules.LargestRemainder;

/**
 * The distribution step that follows the criteria rules: the need for adults and families goes
 * first to counties in proportion to the summed weight of their eligible kommuner, then within
 * each county to its kommuner by weight; minors (EM) are distributed nationally among the
 * kommuner the rules found able to take them. All in whole people by largest remainder, summing
 * exactly to the need. A kommune whose share would be under the minimum request is left out
 * (the smallest first) and its share goes to the others, as a main rule; a county with a single
 * eligible kommune gives it the county's share whatever its size.
 */
final class Fordeling {

    private static final NumberFormat NO = NumberFormat.getNumberInstance(Locale.forLanguageTag("nb-NO"));

    /** One kommune's inputs to the distribution. */
    record Input(String kommunenummer, String fylkesnummer, int population, boolean eligible, boolean emEligible,
                 double weight) {
    }

    /** One kommune's request and how it came about, line by line. */
    record Result(int anmodet, int anmodetEm, double weightShare, List<String> steps) {
    }

    private Fordeling() {
    }

    static Map<String, Result> distribute(List<Input> kommuner, int need, int needEm, int minRequest, int minRequestEm) {
        int ordinary = need - needEm;
        Map<String, List<String>> steps = new LinkedHashMap<>();
        kommuner.forEach(k -> steps.put(k.kommunenummer(), new ArrayList<>()));
        Map<String, Integer> ordinaryParts = new LinkedHashMap<>();
        Map<String, Integer> emParts = new LinkedHashMap<>();

        Map<String, List<Input>> byCounty = new TreeMap<>();
        for (Input k : kommuner) {
            byCounty.computeIfAbsent(k.fylkesnummer(), f -> new ArrayList<>()).add(k);
        }
        List<String> counties = new ArrayList<>(byCounty.keySet());
        double[] countyWeights = new double[counties.size()];
        double totalWeight = 0;
        for (int c = 0; c < counties.size(); c++) {
            for (Input k : byCounty.get(counties.get(c))) {
                countyWeights[c] += k.eligible() ? k.weight() : 0;
            }
            totalWeight += countyWeights[c];
        }
        int[] countyQuota = LargestRemainder.split(ordinary, countyWeights);
        for (int c = 0; c < counties.size(); c++) {
            List<Input> inCounty = byCounty.get(counties.get(c));
            String countyLine = "county " + counties.get(c) + ": " + pct(countyWeights[c] / totalWeight)
                    + " of the eligible weight, so " + n(countyQuota[c]) + " of the " + n(ordinary) + " adults and families";
            inCounty.forEach(k -> steps.get(k.kommunenummer()).add(countyLine));
            distributeWithMinimum(inCounty, countyQuota[c], minRequest, Input::eligible, ordinaryParts, steps, "within the county");
        }
        distributeWithMinimum(kommuner, needEm, minRequestEm, k -> k.eligible() && k.emEligible(), emParts, steps, "minors, nationally");

        Map<String, Result> out = new LinkedHashMap<>();
        for (Input k : kommuner) {
            int ord = ordinaryParts.getOrDefault(k.kommunenummer(), 0);
            int em = emParts.getOrDefault(k.kommunenummer(), 0);
            steps.get(k.kommunenummer()).add("anmodet = " + n(ord + em) + " (" + n(ord) + " adults and families + " + n(em) + " minors)");
            out.put(k.kommunenummer(), new Result(ord + em, em, totalWeight == 0 || !k.eligible() ? 0.0 : k.weight() / totalWeight,
                    steps.get(k.kommunenummer())));
        }
        return out;
    }

    private static void distributeWithMinimum(List<Input> group, int total, int minimum,
                                              java.util.function.Predicate<Input> eligible, Map<String, Integer> parts,
                                              Map<String, List<String>> steps, String where) {
        List<Input> in = new ArrayList<>(group.stream().filter(eligible).filter(k -> k.weight() > 0).toList());
        while (true) {
            double[] w = in.stream().mapToDouble(Input::weight).toArray();
            int[] split = LargestRemainder.split(total, w);
            double sum = java.util.Arrays.stream(w).sum();
            Input smallestUnder = null;
            for (int i = 0; i < in.size(); i++) {
                if (split[i] < minimum && in.size() > 1 && (smallestUnder == null || in.get(i).weight() < smallestUnder.weight())) {
                    smallestUnder = in.get(i);
                }
            }
            if (smallestUnder == null) {
                for (int i = 0; i < in.size(); i++) {
                    parts.put(in.get(i).kommunenummer(), split[i]);
                    steps.get(in.get(i).kommunenummer()).add(where + ": exact share " + String.format(Locale.ROOT, "%.2f",
                            total * w[i] / sum) + ", rounded by largest remainder to " + n(split[i]));
                }
                return;
            }
            steps.get(smallestUnder.kommunenummer()).add(where + ": its share would be under the minimum request of "
                    + minimum + ", so it is not asked and its share goes to the others");
            in.remove(smallestUnder);
        }
    }

    private static String n(long v) {
        return NO.format(v);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * share);
    }
}

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
 * exactly to the need. A kommune whose exact share would be under the minimum request is left
 * out (the smallest first, each removal raising the others' shares) and its share goes to the
 * others, as a main rule; the last kommune of a county gets the county's share whatever its size.
 * Shares are proportional to weights, so those left out are always the smallest: one pass over
 * the kommuner sorted by weight finds them.
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

    /** @param explain whether to record each kommune's steps in words (for {@code bosim explain}); off in ordinary runs */
    static Map<String, Result> distribute(List<Input> kommuner, int need, int needEm, int minRequest, int minRequestEm,
                                          boolean explain) {
        int ordinary = need - needEm;
        Steps steps = new Steps(explain);
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
            if (explain) {
                String countyLine = "county " + counties.get(c) + ": " + pct(countyWeights[c] / totalWeight)
                        + " of the eligible weight, so " + n(countyQuota[c]) + " of the " + n(ordinary) + " adults and families";
                inCounty.forEach(k -> steps.add(k.kommunenummer(), countyLine));
            }
            distributeWithMinimum(inCounty, countyQuota[c], minRequest, Input::eligible, ordinaryParts, steps, "within the county");
        }
        distributeWithMinimum(kommuner, needEm, minRequestEm, k -> k.eligible() && k.emEligible(), emParts, steps, "minors, nationally");

        Map<String, Result> out = new LinkedHashMap<>();
        for (Input k : kommuner) {
            int ord = ordinaryParts.getOrDefault(k.kommunenummer(), 0);
            int em = emParts.getOrDefault(k.kommunenummer(), 0);
            if (explain) {
                steps.add(k.kommunenummer(), "anmodet = " + n(ord + em) + " (" + n(ord) + " adults and families + " + n(em) + " minors)");
            }
            out.put(k.kommunenummer(), new Result(ord + em, em, totalWeight == 0 || !k.eligible() ? 0.0 : k.weight() / totalWeight,
                    steps.of(k.kommunenummer())));
        }
        return out;
    }

    private static void distributeWithMinimum(List<Input> group, int total, int minimum,
                                              java.util.function.Predicate<Input> eligible, Map<String, Integer> parts,
                                              Steps steps, String where) {
        List<Input> in = new ArrayList<>(group.stream().filter(eligible).filter(k -> k.weight() > 0).toList());
        in.sort(java.util.Comparator.comparingDouble(Input::weight).thenComparing(Input::kommunenummer));
        double sum = in.stream().mapToDouble(Input::weight).sum();
        int first = 0;
        while (in.size() - first > 1 && total * in.get(first).weight() / sum < minimum) {
            if (steps.explain()) {
                steps.add(in.get(first).kommunenummer(), where + ": its share would be under the minimum request of "
                        + minimum + ", so it is not asked and its share goes to the others");
            }
            sum -= in.get(first).weight();
            first++;
        }
        List<Input> asked = in.subList(first, in.size());
        double[] w = asked.stream().mapToDouble(Input::weight).toArray();
        int[] split = LargestRemainder.split(total, w);
        for (int i = 0; i < asked.size(); i++) {
            parts.put(asked.get(i).kommunenummer(), split[i]);
            if (steps.explain()) {
                steps.add(asked.get(i).kommunenummer(), where + ": exact share " + String.format(Locale.ROOT, "%.2f",
                        total * w[i] / sum) + ", rounded by largest remainder to " + n(split[i]));
            }
        }
    }

    /** The explanation lines per kommune, kept only when asked for. */
    private record Steps(boolean explain, Map<String, List<String>> lines) {
        Steps(boolean explain) {
            this(explain, new LinkedHashMap<>());
        }

        void add(String kommunenummer, String line) {
            lines.computeIfAbsent(kommunenummer, k -> new ArrayList<>()).add(line);
        }

        List<String> of(String kommunenummer) {
            return lines.getOrDefault(kommunenummer, List.of());
        }
    }

    private static String n(long v) {
        return NO.format(v);
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.2f %%", 100 * share);
    }
}

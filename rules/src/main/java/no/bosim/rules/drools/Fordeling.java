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

    /**
     * @param explain whether to record each kommune's steps in words (for {@code bosim explain}); off in ordinary runs
     * @return each kommune's request, in the order of {@code kommuner}
     */
    static Result[] distribute(List<Input> kommuner, int need, int needEm, int minRequest, int minRequestEm, boolean explain) {
        int ordinary = need - needEm;
        Steps steps = new Steps(explain);
        int n = kommuner.size();
        int[] ordinaryParts = new int[n];
        int[] emParts = new int[n];

        // One order for every step: by weight, smallest first (ties by kommunenummer), the order in
        // which kommuner under the minimum request drop out. Each county's list keeps it.
        Integer[] smallestFirst = new Integer[n];
        for (int i = 0; i < n; i++) {
            smallestFirst[i] = i;
        }
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = kommuner.get(i).weight();
        }
        java.util.Arrays.sort(smallestFirst, (a, b) -> {
            int byWeight = Double.compare(weights[a], weights[b]);
            return byWeight != 0 ? byWeight : kommuner.get(a).kommunenummer().compareTo(kommuner.get(b).kommunenummer());
        });
        Map<String, List<Integer>> byCounty = new TreeMap<>();
        for (int i : smallestFirst) {
            byCounty.computeIfAbsent(kommuner.get(i).fylkesnummer(), f -> new ArrayList<>()).add(i);
        }
        List<String> counties = new ArrayList<>(byCounty.keySet());
        Map<String, Integer> countyIndex = new java.util.HashMap<>();
        for (int c = 0; c < counties.size(); c++) {
            countyIndex.put(counties.get(c), c);
        }
        double[] countyWeights = new double[counties.size()];
        for (Input k : kommuner) {
            if (k.eligible()) {
                countyWeights[countyIndex.get(k.fylkesnummer())] += k.weight();
            }
        }
        double totalWeight = 0;
        for (double w : countyWeights) {
            totalWeight += w;
        }
        int[] countyQuota = LargestRemainder.split(ordinary, countyWeights);
        for (int c = 0; c < counties.size(); c++) {
            List<Integer> inCounty = byCounty.get(counties.get(c));
            if (explain) {
                String countyLine = "county " + counties.get(c) + ": " + pct(countyWeights[c] / totalWeight)
                        + " of the eligible weight, so " + n(countyQuota[c]) + " of the " + n(ordinary) + " adults and families";
                inCounty.forEach(i -> steps.add(kommuner.get(i).kommunenummer(), countyLine));
            }
            distributeWithMinimum(kommuner, inCounty, countyQuota[c], minRequest, Input::eligible, ordinaryParts, steps,
                    "within the county");
        }
        distributeWithMinimum(kommuner, java.util.Arrays.asList(smallestFirst), needEm, minRequestEm, k -> k.eligible() && k.emEligible(), emParts, steps,
                "minors, nationally");

        Result[] out = new Result[n];
        for (int i = 0; i < n; i++) {
            Input k = kommuner.get(i);
            int ord = ordinaryParts[i];
            int em = emParts[i];
            if (explain) {
                steps.add(k.kommunenummer(), "anmodet = " + n(ord + em) + " (" + n(ord) + " adults and families + " + n(em) + " minors)");
            }
            out[i] = new Result(ord + em, em, totalWeight == 0 || !k.eligible() ? 0.0 : k.weight() / totalWeight,
                    steps.of(k.kommunenummer()));
        }
        return out;
    }

    /**
     * IMDi's published requests, as they are; the minors' part of the need goes to the kommuner the
     * rules found able to take minors, in proportion to their requests and never above them.
     */
    static Result[] published(List<Input> kommuner, int[] anmodet, int needEm, boolean explain) {
        int n = kommuner.size();
        long total = 0;
        int[] emWeights = new int[n];
        for (int i = 0; i < n; i++) {
            total += anmodet[i];
            emWeights[i] = kommuner.get(i).emEligible() ? anmodet[i] : 0;
        }
        int[] em = LargestRemainder.split(needEm, emWeights);
        Result[] out = new Result[n];
        for (int i = 0; i < n; i++) {
            int minors = Math.min(em[i], anmodet[i]);
            List<String> steps = explain ? List.of("anmodet = " + n(anmodet[i]) + " as IMDi published it for this figure ("
                    + n(minors) + " of them minors, their part of the need shared in proportion to the requests)") : List.of();
            out[i] = new Result(anmodet[i], minors, total == 0 ? 0.0 : (double) anmodet[i] / total, steps);
        }
        return out;
    }

    /**
     * Splits {@code total} over the eligible kommuner among {@code group} (indices into
     * {@code kommuner}, smallest weight first) into {@code parts}.
     */
    private static void distributeWithMinimum(List<Input> kommuner, List<Integer> group, int total, int minimum,
                                              java.util.function.Predicate<Input> eligible, int[] parts,
                                              Steps steps, String where) {
        List<Integer> in = new ArrayList<>(group.size());
        for (int i : group) {
            Input k = kommuner.get(i);
            if (eligible.test(k) && k.weight() > 0) {
                in.add(i);
            }
        }
        double sum = 0;
        for (int i : in) {
            sum += kommuner.get(i).weight();
        }
        int first = 0;
        while (in.size() - first > 1 && total * kommuner.get(in.get(first)).weight() / sum < minimum) {
            if (steps.explain()) {
                steps.add(kommuner.get(in.get(first)).kommunenummer(), where + ": its share would be under the minimum request of "
                        + minimum + ", so it is not asked and its share goes to the others");
            }
            sum -= kommuner.get(in.get(first)).weight();
            first++;
        }
        int asked = in.size() - first;
        double[] w = new double[asked];
        for (int j = 0; j < asked; j++) {
            w[j] = kommuner.get(in.get(first + j)).weight();
        }
        int[] split = LargestRemainder.split(total, w);
        for (int j = 0; j < asked; j++) {
            int i = in.get(first + j);
            parts[i] = split[j];
            if (steps.explain()) {
                steps.add(kommuner.get(i).kommunenummer(), where + ": exact share " + String.format(Locale.ROOT, "%.2f",
                        total * w[j] / sum) + ", rounded by largest remainder to " + n(split[j]));
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

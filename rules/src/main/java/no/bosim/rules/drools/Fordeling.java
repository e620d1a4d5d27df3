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
 * first to counties, by IMDi's county distribution where the rules apply one (KRIT-FYLKE) or else in
 * proportion to the summed weight of their eligible kommuner, then within each county to its
 * kommuner by their share of the county: their weight share, or, where the rules ask for continuity
 * (KRIT-KONTINUITET), a blend of that and their share of the county's last published requests.
 * Minors (EM) are distributed nationally by weight among the kommuner the rules found able to take
 * them. All in whole people by largest remainder, summing exactly to the need. A kommune whose exact
 * share would be under the minimum request is left out (the smallest first, each removal raising
 * the others' shares) and its share goes to the others, as a main rule; the last kommune of a county
 * gets the county's share whatever its size. Shares within a county are proportional to the
 * kommuner's county shares, so those left out are always the smallest: one pass over the kommuner
 * sorted by share finds them.
 */
final class Fordeling {

    private static final NumberFormat NO = NumberFormat.getNumberInstance(Locale.forLanguageTag("nb-NO"));

    /**
     * One kommune's inputs to the distribution.
     *
     * @param continuity    the part of its county share that follows its last published request (0 for none)
     * @param lastPublished its last published request (-1 when unknown)
     */
    record Input(String kommunenummer, String fylkesnummer, int population, boolean eligible, boolean emEligible,
                 double weight, double continuity, int lastPublished) {

        Input(String kommunenummer, String fylkesnummer, int population, boolean eligible, boolean emEligible, double weight) {
            this(kommunenummer, fylkesnummer, population, eligible, emEligible, weight, 0.0, -1);
        }
    }

    /** One kommune's request and how it came about, line by line. */
    record Result(int anmodet, int anmodetEm, double weightShare, List<String> steps) {
    }

    private Fordeling() {
    }

    /** Distributes by weight alone: no county distribution given. */
    static Result[] distribute(List<Input> kommuner, int need, int needEm, int minRequest, int minRequestEm, Say explain) {
        return distribute(kommuner, need, needEm, minRequest, minRequestEm, null, -1, -1, false, explain);
    }

    /**
     * @param countyRequests IMDi's requests per county to split the need by (null: by the counties' summed weights)
     * @param countyYear     the year of {@code countyRequests}, and {@code lastYear} that of the kommuner's last
     *                       published requests, for the explanation
     * @param minorsByCounty whether the minors' part goes to the counties as the adults' does (a rule's
     *                       EM_FYLKESFORDELING), instead of to the kommuner nationally
     * @param explain        the language to record each kommune's steps in (for {@code bosim explain}); null in ordinary runs
     * @return each kommune's request, in the order of {@code kommuner}
     */
    static Result[] distribute(List<Input> kommuner, int need, int needEm, int minRequest, int minRequestEm,
                               Map<String, Integer> countyRequests, int countyYear, int lastYear, boolean minorsByCounty,
                               Say explain) {
        int ordinary = need - needEm;
        Steps steps = new Steps(explain);
        int n = kommuner.size();
        int[] ordinaryParts = new int[n];
        int[] emParts = new int[n];

        Map<String, List<Integer>> byCounty = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            byCounty.computeIfAbsent(kommuner.get(i).fylkesnummer(), f -> new ArrayList<>()).add(i);
        }
        List<String> counties = new ArrayList<>(byCounty.keySet());
        double[] countyWeights = new double[counties.size()];
        double[] countyShare = new double[n];
        for (int c = 0; c < counties.size(); c++) {
            countyWeights[c] = countyShares(kommuner, byCounty.get(counties.get(c)), countyShare, steps, lastYear);
        }
        double totalWeight = 0;
        for (double w : countyWeights) {
            totalWeight += w;
        }
        // The counties' parts: IMDi's county distribution where given (only counties with a kommune to ask), else the weights.
        double[] countyParts = countyWeights.clone();
        if (countyRequests != null) {
            for (int c = 0; c < counties.size(); c++) {
                countyParts[c] = countyWeights[c] > 0 ? countyRequests.getOrDefault(counties.get(c), 0) : 0;
            }
            if (java.util.Arrays.stream(countyParts).sum() <= 0) {
                countyParts = countyWeights.clone();
                countyRequests = null;
            }
        }
        double totalParts = java.util.Arrays.stream(countyParts).sum();
        int[] countyQuota = LargestRemainder.split(ordinary, countyParts);
        for (int c = 0; c < counties.size(); c++) {
            List<Integer> inCounty = new ArrayList<>(byCounty.get(counties.get(c)));
            inCounty.sort((a, b) -> {
                int byShare = Double.compare(countyShare[a], countyShare[b]);
                return byShare != 0 ? byShare : kommuner.get(a).kommunenummer().compareTo(kommuner.get(b).kommunenummer());
            });
            if (explain != null) {
                Say say = explain;
                String countyLine = say.t("fylke ", "county ") + counties.get(c) + ": " + say.pct(totalParts == 0 ? 0 : countyParts[c] / totalParts, 2)
                        + (countyRequests != null ? say.t(" av IMDis fylkesfordeling for ", " of IMDi's county distribution of ") + countyYear
                                : say.t(" av den samlede vekten", " of the eligible weight"))
                        + say.t(", altså ", ", so ") + say.n(countyQuota[c], 0) + say.t(" av de ", " of the ") + say.n(ordinary, 0)
                        + say.t(" voksne og familiene", " adults and families");
                inCounty.forEach(i -> steps.add(kommuner.get(i).kommunenummer(), countyLine));
            }
            distributeWithMinimum(kommuner, inCounty, countyShare, countyQuota[c], minRequest, Input::eligible, ordinaryParts, steps,
                    steps.say("innenfor fylket", "within the county"));
        }
        Integer[] smallestFirst = new Integer[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            smallestFirst[i] = i;
            weights[i] = kommuner.get(i).weight();
        }
        java.util.Arrays.sort(smallestFirst, (a, b) -> {
            int byWeight = Double.compare(weights[a], weights[b]);
            return byWeight != 0 ? byWeight : kommuner.get(a).kommunenummer().compareTo(kommuner.get(b).kommunenummer());
        });
        java.util.function.Predicate<Input> takesMinors = k -> k.eligible() && k.emEligible();
        // Minors by county: each county's part of the minors in proportion to its part of the need,
        // among the counties with a kommune that takes minors; nationally when none or when no rule asks.
        double[] emCountyParts = new double[counties.size()];
        if (minorsByCounty) {
            for (int c = 0; c < counties.size(); c++) {
                boolean any = byCounty.get(counties.get(c)).stream().anyMatch(i -> takesMinors.test(kommuner.get(i)) && weights[i] > 0);
                emCountyParts[c] = any ? countyParts[c] : 0;
            }
        }
        if (minorsByCounty && java.util.Arrays.stream(emCountyParts).sum() > 0) {
            int[] emQuota = LargestRemainder.split(needEm, emCountyParts);
            for (int c = 0; c < counties.size(); c++) {
                String county = counties.get(c);
                List<Integer> inCounty = java.util.Arrays.stream(smallestFirst).filter(i -> kommuner.get(i).fylkesnummer().equals(county)).toList();
                distributeWithMinimum(kommuner, inCounty, weights, emQuota[c], minRequestEm, takesMinors, emParts, steps,
                        steps.say("mindreårige, innenfor fylket", "minors, within the county"));
            }
        } else {
            distributeWithMinimum(kommuner, java.util.Arrays.asList(smallestFirst), weights, needEm, minRequestEm, takesMinors,
                    emParts, steps, steps.say("mindreårige, nasjonalt", "minors, nationally"));
        }

        Map<String, Integer> countyIndex = new java.util.HashMap<>();
        for (int c = 0; c < counties.size(); c++) {
            countyIndex.put(counties.get(c), c);
        }
        Result[] out = new Result[n];
        for (int i = 0; i < n; i++) {
            Input k = kommuner.get(i);
            int ord = ordinaryParts[i];
            int em = emParts[i];
            if (explain != null) {
                steps.add(k.kommunenummer(), "anmodet = " + explain.n(ord + em, 0) + " (" + explain.n(ord, 0)
                        + explain.t(" voksne og familier + ", " adults and families + ") + explain.n(em, 0) + explain.t(" mindreårige)", " minors)"));
            }
            int c = countyIndex.get(k.fylkesnummer());
            double share = totalParts == 0 || !k.eligible() ? 0.0 : countyParts[c] / totalParts * countyShare[i];
            out[i] = new Result(ord + em, em, share, steps.of(k.kommunenummer()));
        }
        int givenOrdinary = java.util.Arrays.stream(ordinaryParts).sum();
        int givenEm = java.util.Arrays.stream(emParts).sum();
        if (givenOrdinary != ordinary || givenEm != needEm) {
            // People do not vanish in a distribution: a need nobody is asked to meet is a failure of the criteria, said aloud.
            throw RuleProblem.running("the criteria's distribution asked the kommuner for " + n(givenOrdinary) + " of " + n(ordinary)
                    + " adults and families and " + n(givenEm) + " of " + n(needEm) + " unaccompanied minors: "
                    + (givenEm < needEm ? "no kommune the criteria rules found able to take minors (VEDTAK/KRIT rules) can be asked"
                            : "no kommune the criteria rules made eligible can be asked") + "; every part of the need goes to some kommune");
        }
        return out;
    }

    /**
     * Each eligible kommune's share of its county: its weight share, blended with its share of the
     * county's last published requests where it has continuity. Returns the county's summed weight.
     */
    private static double countyShares(List<Input> kommuner, List<Integer> inCounty, double[] share, Steps steps, int lastYear) {
        double weight = 0;
        double last = 0;
        for (int i : inCounty) {
            Input k = kommuner.get(i);
            if (k.eligible() && k.weight() > 0) {
                weight += k.weight();
                last += Math.max(0, k.lastPublished());
            }
        }
        for (int i : inCounty) {
            Input k = kommuner.get(i);
            if (!k.eligible() || k.weight() <= 0 || weight == 0) {
                share[i] = 0;
                continue;
            }
            double byWeight = k.weight() / weight;
            double blend = k.continuity() > 0 && last > 0 ? k.continuity() : 0.0;
            double byLast = last > 0 ? Math.max(0, k.lastPublished()) / last : 0.0;
            share[i] = (1 - blend) * byWeight + blend * byLast;
            if (steps.explain() && blend > 0) {
                Say say = steps.say();
                steps.add(k.kommunenummer(), say.t("andel av fylket = ", "share of the county = ") + say.pct(1 - blend, 0)
                        + say.t(" × andel av vekten ", " × weight share ") + say.pct(byWeight, 2) + " + " + say.pct(blend, 0)
                        + say.t(" × andel av fylkets anmodninger i " + lastYear + " ", " × share of the county's " + lastYear + " requests ")
                        + say.pct(byLast, 2) + " = " + say.pct(share[i], 2));
            }
        }
        return weight;
    }

    /**
     * IMDi's published requests, as they are; the minors' part of the need goes to the kommuner the
     * rules found able to take minors, in proportion to their requests and never above them.
     */
    static Result[] published(List<Input> kommuner, int[] anmodet, int needEm, Say explain) {
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
            List<String> steps = explain != null ? List.of("anmodet = " + explain.n(anmodet[i], 0)
                    + explain.t(" slik IMDi publiserte det for dette tallet (", " as IMDi published it for this figure (") + explain.n(minors, 0)
                    + explain.t(" av dem mindreårige, deres del av behovet delt i forhold til anmodningene)",
                            " of them minors, their part of the need shared in proportion to the requests)")) : List.of();
            out[i] = new Result(anmodet[i], minors, total == 0 ? 0.0 : (double) anmodet[i] / total, steps);
        }
        return out;
    }

    /**
     * Splits {@code total} over the eligible kommuner among {@code group} (indices into
     * {@code kommuner}, smallest share first) by their {@code shares} into {@code parts}.
     */
    private static void distributeWithMinimum(List<Input> kommuner, List<Integer> group, double[] shares, int total, int minimum,
                                              java.util.function.Predicate<Input> eligible, int[] parts,
                                              Steps steps, String where) {
        List<Integer> in = new ArrayList<>(group.size());
        for (int i : group) {
            Input k = kommuner.get(i);
            if (eligible.test(k) && k.weight() > 0 && shares[i] > 0) {
                in.add(i);
            }
        }
        double sum = 0;
        for (int i : in) {
            sum += shares[i];
        }
        int first = 0;
        while (in.size() - first > 1 && total * shares[in.get(first)] / sum < minimum) {
            if (steps.explain()) {
                steps.add(kommuner.get(in.get(first)).kommunenummer(), where + steps.say(": andelen ville vært under minsteanmodningen på "
                        + minimum + ", så kommunen anmodes ikke, og andelen går til de andre", ": its share would be under the minimum request of "
                        + minimum + ", so it is not asked and its share goes to the others"));
            }
            sum -= shares[in.get(first)];
            first++;
        }
        int asked = in.size() - first;
        double[] w = new double[asked];
        for (int j = 0; j < asked; j++) {
            w[j] = shares[in.get(first + j)];
        }
        int[] split = LargestRemainder.split(total, w);
        for (int j = 0; j < asked; j++) {
            int i = in.get(first + j);
            parts[i] = split[j];
            if (steps.explain()) {
                steps.add(kommuner.get(i).kommunenummer(), where + steps.say(": eksakt andel ", ": exact share ")
                        + steps.say().n(total * w[j] / sum, 2) + steps.say(", avrundet etter største brøk til ", ", rounded by largest remainder to ")
                        + steps.say().n(split[j], 0));
            }
        }
    }

    /** The explanation lines per kommune, kept only when asked for. */
    private record Steps(Say say, Map<String, List<String>> lines) {
        Steps(Say say) {
            this(say, new LinkedHashMap<>());
        }

        boolean explain() {
            return say != null;
        }

        /** The text in the language explained in; nothing is said in ordinary runs. */
        String say(String nb, String en) {
            return say == null ? "" : say.t(nb, en);
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

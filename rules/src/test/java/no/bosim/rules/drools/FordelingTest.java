package no.bosim.rules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FordelingTest {

    private static Fordeling.Input k(String nr, String county, double weight, boolean em) {
        return new Fordeling.Input(nr, county, (int) weight, true, em, weight);
    }

    private static Map<String, Fordeling.Result> byNumber(List<Fordeling.Input> ks, Fordeling.Result[] results) {
        Map<String, Fordeling.Result> byNumber = new java.util.HashMap<>();
        for (int i = 0; i < ks.size(); i++) {
            byNumber.put(ks.get(i).kommunenummer(), results[i]);
        }
        return byNumber;
    }

    @Test
    void theRequestsSumExactlyToTheNeedAndMinorsToTheirPart() {
        List<Fordeling.Input> ks = List.of(k("0101", "01", 1000, true), k("0102", "01", 333, false),
                k("0201", "02", 777, true), k("0202", "02", 5, false));
        Map<String, Fordeling.Result> r = byNumber(ks, Fordeling.distribute(ks, 101, 7, 10, 3, Say.EN));
        assertEquals(101, r.values().stream().mapToInt(Fordeling.Result::anmodet).sum());
        assertEquals(7, r.values().stream().mapToInt(Fordeling.Result::anmodetEm).sum());
        assertEquals(0, r.get("0102").anmodetEm(), "minors only to kommuner the rules found able to take them");
    }

    @Test
    void aKommuneWhoseShareWouldBeUnderTheMinimumIsNotAskedAndItsShareGoesToTheOthers() {
        List<Fordeling.Input> ks = List.of(k("0201", "02", 777, false), k("0202", "02", 5, false));
        Map<String, Fordeling.Result> r = byNumber(ks, Fordeling.distribute(ks, 50, 0, 10, 3, Say.EN));
        assertEquals(0, r.get("0202").anmodet());
        assertEquals(50, r.get("0201").anmodet());
        assertTrue(r.get("0202").steps().stream().anyMatch(s -> s.contains("minimum request of 10")));
    }

    @Test
    void theNeedGoesToCountiesFirstInProportionToTheirWeight() {
        List<Fordeling.Input> ks = List.of(k("0101", "01", 300, false), k("0201", "02", 100, false), k("0202", "02", 100, false));
        Map<String, Fordeling.Result> r = byNumber(ks, Fordeling.distribute(ks, 100, 0, 10, 3, Say.EN));
        assertEquals(60, r.get("0101").anmodet(), "county 01 has 60 % of the weight");
        assertEquals(40, r.get("0201").anmodet() + r.get("0202").anmodet());
    }

    @Test
    void aKommuneThatCannotBeAskedGetsNothing() {
        List<Fordeling.Input> ks = List.of(k("0101", "01", 300, true),
                new Fordeling.Input("0102", "01", 300, false, true, 300));
        Map<String, Fordeling.Result> r = byNumber(ks, Fordeling.distribute(ks, 100, 10, 10, 3, Say.EN));
        assertEquals(0, r.get("0102").anmodet());
        assertEquals(100, r.get("0101").anmodet());
    }

    @Test
    void imdisCountyDistributionSetsEachCountysPartWhateverTheWeights() {
        List<Fordeling.Input> ks = List.of(k("0101", "01", 100, false), k("0102", "01", 100, false),
                k("0201", "02", 1000, false), k("0301", "03", 0, false));
        Map<String, Fordeling.Result> r = byNumber(ks, Fordeling.distribute(ks, 100, 0, 1, 1,
                Map.of("01", 300, "02", 100, "03", 500), 2024, -1, false, null));
        assertEquals(75, r.get("0101").anmodet() + r.get("0102").anmodet(), "county 01 has 300 of the 400 its askable counties got");
        assertEquals(25, r.get("0201").anmodet(), "county 02 has 100 of 400, though its kommune weighs ten times as much");
        assertEquals(0, r.get("0301").anmodet(), "a county with no kommune to ask gets nothing, and its part goes to the others");
        Map<String, Fordeling.Result> byWeight = byNumber(ks, Fordeling.distribute(ks, 100, 0, 1, 1, null, -1, -1, false, null));
        assertEquals(83, byWeight.get("0201").anmodet(), "without the county distribution the counties get their weight");
    }

    @Test
    void continuityBlendsTheWeightShareWithTheShareOfTheCountysLastRequests() {
        List<Fordeling.Input> ks = List.of(
                new Fordeling.Input("0101", "01", 100, true, false, 100, 0.5, 30),
                new Fordeling.Input("0102", "01", 100, true, false, 100, 0.5, 10));
        Map<String, Fordeling.Result> r = byNumber(ks, Fordeling.distribute(ks, 80, 0, 1, 1, null, -1, 2024, false, Say.EN));
        assertEquals(50, r.get("0101").anmodet(), "0.5 x 50 % by weight + 0.5 x 75 % of the last requests = 62.5 % of 80");
        assertEquals(30, r.get("0102").anmodet());
        assertTrue(r.get("0101").steps().stream().anyMatch(l -> l.contains("share of the county's 2024 requests")), r.get("0101").steps().toString());
        List<Fordeling.Input> none = List.of(
                new Fordeling.Input("0101", "01", 100, true, false, 100, 0.0, 30),
                new Fordeling.Input("0102", "01", 100, true, false, 100, 0.0, 10));
        assertEquals(40, byNumber(none, Fordeling.distribute(none, 80, 0, 1, 1, null, -1, 2024, false, null)).get("0101").anmodet(),
                "without continuity the weights alone count");
    }

    @Test
    void aShareExactlyAtTheMinimumIsAskedAndOneBelowIsNot() {
        List<Fordeling.Input> at = List.of(k("0101", "01", 5, false), k("0102", "01", 95, false));
        assertEquals(5, byNumber(at, Fordeling.distribute(at, 100, 0, 5, 1, null)).get("0101").anmodet(), "5 of 100 at a minimum of 5");
        List<Fordeling.Input> below = List.of(k("0101", "01", 4, false), k("0102", "01", 96, false));
        assertEquals(0, byNumber(below, Fordeling.distribute(below, 100, 0, 5, 1, null)).get("0101").anmodet(), "4 of 100 is under 5");
        assertEquals(100, byNumber(below, Fordeling.distribute(below, 100, 0, 5, 1, null)).get("0102").anmodet());
    }

    @Test
    void publishedRequestsStandAndTheMinorsGoOnlyToKommunerThatTakeThemNeverAboveTheirRequest() {
        List<Fordeling.Input> ks = List.of(k("0101", "01", 10, true), k("0102", "01", 30, false), k("0103", "01", 5, true));
        Fordeling.Result[] r = Fordeling.published(ks, new int[] {10, 30, 5}, 6, null);
        assertEquals(List.of(10, 30, 5), java.util.Arrays.stream(r).map(Fordeling.Result::anmodet).toList());
        assertEquals(List.of(4, 0, 2), java.util.Arrays.stream(r).map(Fordeling.Result::anmodetEm).toList(),
                "the minors in proportion to the requests of the kommuner that take them (10:5), none to the one that does not");
        assertEquals(30.0 / 45, r[1].weightShare(), 1e-12, "its share of the published requests");
        Fordeling.Result[] capped = Fordeling.published(ks, new int[] {2, 30, 1}, 9, null);
        assertEquals(List.of(2, 0, 1), java.util.Arrays.stream(capped).map(Fordeling.Result::anmodetEm).toList(),
                "never more minors than the kommune's request");
    }

    @Test
    void aCountyDistributionNamingNoCountyWithAKommuneToAskFallsBackToTheWeights() {
        List<Fordeling.Input> ks = List.of(k("0101", "01", 300, false), k("0201", "02", 100, false));
        Map<String, Fordeling.Result> r = byNumber(ks, Fordeling.distribute(ks, 100, 0, 1, 1, Map.of("99", 500), 2024, -1, false, null));
        assertEquals(75, r.get("0101").anmodet(), "by weight: 300 of 400");
        assertEquals(25, r.get("0201").anmodet());
    }

    @Test
    void aNeedForMinorsThatNoKommuneCanTakeFailsLoudlyInsteadOfVanishing() {
        List<Fordeling.Input> ks = List.of(k("0101", "01", 300, false), k("0201", "02", 100, false));
        RuleProblem e = org.junit.jupiter.api.Assertions.assertThrows(RuleProblem.class,
                () -> Fordeling.distribute(ks, 100, 10, 1, 1, null));
        assertEquals(RuleProblem.Kind.RUN, e.kind());
        assertTrue(e.getMessage().contains("0 of 10 unaccompanied minors"), e.getMessage());
    }

    @Test
    void minorsGoNationallyUnlessARuleSendsThemToTheCountiesWithTheRestOfTheNeed() {
        List<Fordeling.Input> ks = List.of(k("0101", "01", 100, true), k("0201", "02", 900, true));
        Map<String, Integer> counties = Map.of("01", 50, "02", 50);
        Map<String, Fordeling.Result> national = byNumber(ks, Fordeling.distribute(ks, 100, 10, 1, 1, counties, 2024, -1, false, null));
        assertEquals(1, national.get("0101").anmodetEm(), "nationally by weight: 100 of 1 000");
        Map<String, Fordeling.Result> byCounty = byNumber(ks, Fordeling.distribute(ks, 100, 10, 1, 1, counties, 2024, -1, true, null));
        assertEquals(5, byCounty.get("0101").anmodetEm(), "by county: county 01 has half the need, so half the minors");
        assertEquals(5, byCounty.get("0201").anmodetEm());
        assertEquals(50, byCounty.get("0101").anmodet(), "45 adults and families, as without the switch, and 5 minors");
    }
}

package no.bosim.rules.drools;

import static no.bosim.rules.drools.DroolsPolicy.fire;
import static no.bosim.rules.drools.DroolsPolicy.of;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.bosim.rules.KommuneFacts;
import no.bosim.rules.KommunePlan;
import no.bosim.rules.PlanningFacts;
import no.bosim.rules.SettlementPlan;
import org.kie.api.runtime.KieSession;

/**
 * One year's plan by the rules, in a session of its own: the criteria rules judge the kommuner,
 * {@link Fordeling} distributes the need, and the decision rules turn each request into a vedtak.
 * What the rules conclude comes back through the global {@link Conclusions}.
 */
final class PlanningRules {

    /** The ids a kommune's row names for its request when no rule set it: IMDi's published request, or the criteria's share. */
    static final String REQUEST_PUBLISHED = "ANMODNING-KJENT";
    static final String REQUEST_DISTRIBUTED = "FORDELING";


    private final RuleBook rules;
    private final Explanations explanations;
    /** The few distinct rule-id lists a run's kommuner share, each joined once. */
    private final Map<List<String>, String> ruleIdText = new HashMap<>();

    PlanningRules(RuleBook rules, Explanations explanations) {
        this.rules = rules;
        this.explanations = explanations;
    }

    SettlementPlan plan(PlanningFacts facts) {
        List<KommuneFacts> kommuner = facts.kommuner();
        int n = kommuner.size();
        Map<String, Integer> index = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            index.put(kommuner.get(i).kommunenummer(), i);
        }
        KieSession plan = rules.pooledSession();
        Conclusions conclusions = new Conclusions();
        try {
            if (rules.declaresConclusions()) {
                plan.setGlobal(Conclusions.GLOBAL, conclusions);
            }
            plan.insert(new Plan(facts));
            facts.parameters().forEach((name, value) -> plan.insert(new Param(name, value)));
            for (KommuneFacts k : kommuner) {
                plan.insert(new Kommune(k, facts.criteria()));
            }
            fire(rules, plan, facts.year() + "");

            // The criteria rules' judgement per kommune: IKKE_AKTUELL wins over AKTUELL; weight is population x every VEKT.
            Judgement[] judged = new Judgement[n];
            for (int i = 0; i < n; i++) {
                judged[i] = new Judgement(kommuner.get(i).population());
            }
            boolean byCounty = false;
            boolean minorsByCounty = false;
            for (Vurdering v : concluded(plan, conclusions.vurderinger(), Vurdering.class)) {
                byCounty |= v.getKind() == Vurdering.Kind.FYLKESFORDELING;
                minorsByCounty |= v.getKind() == Vurdering.Kind.EM_FYLKESFORDELING;
                if (v.isEveryKommune()) {
                    for (Judgement j : judged) {
                        j.add(v);
                    }
                    continue;
                }
                Integer i = index.get(v.getKommunenummer());
                if (i == null) {
                    throw RuleProblem.running(v.getRuleId() + " judged kommune " + v.getKommunenummer()
                            + ", which is not in the scenario, in " + facts.year());
                }
                judged[i].add(v);
            }
            List<Fordeling.Input> inputs = new ArrayList<>(n);
            boolean anyEligible = false;
            for (int i = 0; i < n; i++) {
                KommuneFacts k = kommuner.get(i);
                Judgement j = judged[i].settle();
                anyEligible |= j.eligible();
                inputs.add(new Fordeling.Input(k.kommunenummer(), k.fylkesnummer(), k.population(), j.eligible(), j.em, j.weight,
                        j.continuity, k.lastPublishedAnmodet()));
            }
            Behov behov = need(facts, concluded(plan, conclusions.behov(), Behov.class));
            int need = behov.getNeed();
            int needEm = behov.getNeedEm();
            no.bosim.rules.Reason needWhy = no.bosim.rules.Reason.byRule(behov.getRuleId(), behov.getReason());
            if (!anyEligible && need > 0) {
                throw RuleProblem.running("criteria set '" + facts.criteria() + "' made no kommune eligible in "
                        + facts.year() + "; the rule files define " + rules.criteriaSets());
            }
            boolean published = kommuner.stream().allMatch(k -> k.knownAnmodet() >= 0);
            Fordeling.Result[] requests = published
                    ? Fordeling.published(inputs, kommuner.stream().mapToInt(KommuneFacts::knownAnmodet).toArray(), needEm,
                            explanations == null ? null : explanations.say())
                    : Fordeling.distribute(inputs, need, needEm, (int) facts.parameter("kriterier_min_anmodning"),
                            (int) facts.parameter("kriterier_em_min_anmodning"),
                            byCounty && facts.countyRequestsYear() > 0 ? facts.countyRequests() : null,
                            facts.countyRequestsYear(), facts.lastPublishedYear(), minorsByCounty, explanations == null ? null : explanations.say());
            for (int i = 0; i < n; i++) {
                plan.insert(new Anmodning(kommuner.get(i), requests[i].anmodet(), requests[i].anmodetEm(), facts.deterministic()));
            }
            fire(rules, plan, facts.year() + "");

            Vedtak[] decided = new Vedtak[n];
            for (Vedtak v : concluded(plan, conclusions.vedtak(), Vedtak.class)) {
                Integer i = index.get(v.getKommunenummer());
                if (i == null || decided[i] != null) {
                    throw RuleProblem.running(i == null
                            ? v.getRuleId() + " decided for kommune " + v.getKommunenummer() + ", which is not in the scenario, in " + facts.year()
                            : "two decision rules decided for kommune " + v.getKommunenummer() + " in " + facts.year());
                }
                decided[i] = v;
            }
            List<KommunePlan> plans = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                KommuneFacts k = kommuner.get(i);
                Fordeling.Result r = requests[i];
                Vedtak v = decided[i];
                if (v == null) {
                    throw RuleProblem.running("no decision rule decided for kommune " + k.kommunenummer() + " in " + facts.year());
                }
                String requestRule = published ? REQUEST_PUBLISHED : REQUEST_DISTRIBUTED;
                plans.add(new KommunePlan(k.kommunenummer(), r.anmodet(), r.anmodetEm(), v.getVedtatt(), v.getVedtattEm(),
                        r.weightShare(), ruleIdText.computeIfAbsent(published
                                ? List.of(behov.getRuleId(), requestRule, v.getRuleId())
                                : judged[i].ruleIds(behov.getRuleId(), requestRule, v.getRuleId()),
                                ids -> String.join(" ", ids)), v.getWillingness()));
                if (explanations != null) {
                    Say say = explanations.say();
                    List<String> lines = new ArrayList<>();
                    lines.add(say.t("behov ", "need ") + facts.year() + (facts.revision() ? say.t(" (revidert ", " (revised ") + facts.madeIn() + ")" : "")
                            + ": " + needWhy.in(!say.norwegian()));
                    lines.addAll(judgement(k, judged[i], facts.criteria(), say));
                    lines.addAll(r.steps());
                    lines.add("vedtatt = " + say.n(v.getVedtatt(), 0) + say.t(" (av dem ", " (of them ") + say.n(v.getVedtattEm(), 0)
                            + say.t(" mindreårige): ", " minors): ") + v.getRuleId() + " (" + v.getReason().in(!say.norwegian()) + ")");
                    lines.addAll(draw(k, r, v, facts, say));
                    explanations.plan(facts.year(), k.kommunenummer(), lines);
                }
            }
            return new SettlementPlan(facts.year(), need, needEm, needWhy, plans);
        } finally {
            plan.dispose();
        }
    }

    /**
     * The year's need: the given figure when there is one (IMDi's real request, or a revision), else
     * what the need rules concluded; one conclusion at most may set it.
     */
    private Behov need(PlanningFacts facts, List<Behov> found) {
        if (found.size() > 1) {
            throw RuleProblem.running("two need rules set the need for " + facts.year() + ": "
                    + found.stream().map(Behov::getRuleId).toList() + "; one rule sets it");
        }
        if (facts.needGiven()) {
            int em = facts.fixedNeedEm() >= 0 ? facts.fixedNeedEm() : 0;
            // A revision the monthly need rules made names them, not BEHOV-00 (which is IMDi's request).
            if (facts.revision() && facts.needSource() instanceof no.bosim.rules.Reason.ByRule by && by.ruleId().startsWith("BEHOV-")) {
                return Behov.revisedBy(by.ruleId(), facts.fixedNeed(), em, by.reason());
            }
            if (!found.isEmpty() && found.get(0).getNeed() == facts.fixedNeed()) {
                return found.get(0);
            }
            return Behov.given(facts.fixedNeed(), em, facts.needSource());
        }
        if (found.isEmpty()) {
            throw RuleProblem.running("no need rule set the national need for " + facts.year()
                    + "; the shipped rules set it in behov.drl (BEHOV-01)");
        }
        return found.get(0);
    }

    /** What the rules handed to {@code conclusions}, then any such conclusions a user's rule inserted as facts. */
    private static <T> List<T> concluded(KieSession session, List<T> handed, Class<T> type) {
        List<T> all = new ArrayList<>(handed);
        for (Object o : session.getObjects(of(type))) {
            all.add(type.cast(o));
        }
        return all;
    }

    /** What the criteria rules derived about one kommune, gathered from its Vurdering facts. */
    private static final class Judgement {
        final List<Vurdering> found = new ArrayList<>(4);
        boolean yes;
        boolean no;
        boolean em;
        double weight;
        /** The share of its place in the county that follows its last published request (KONTINUITET), 0 when none. */
        double continuity;

        Judgement(int population) {
            weight = population;
        }

        void add(Vurdering v) {
            found.add(v);
            yes |= v.getKind() == Vurdering.Kind.AKTUELL;
            no |= v.getKind() == Vurdering.Kind.IKKE_AKTUELL;
            em |= v.getKind() == Vurdering.Kind.EM_AKTUELL;
            if (v.getKind() == Vurdering.Kind.KONTINUITET) {
                continuity = Math.max(continuity, v.getFactor());
            }
        }

        /** Sorts what was found by rule id and multiplies the factors in that order, so the weight never depends on firing order. */
        Judgement settle() {
            found.sort(java.util.Comparator.comparing(Vurdering::getRuleId));
            for (Vurdering v : found) {
                if (v.getKind() == Vurdering.Kind.VEKT) {
                    weight *= v.getFactor();
                }
            }
            return this;
        }

        boolean eligible() {
            return yes && !no;
        }

        /** The need rule, the criteria rules in id order, then the distribution step and the decision rule. */
        List<String> ruleIds(String needRule, String requestRule, String decisionRule) {
            List<String> ids = new ArrayList<>(found.size() + 4);
            ids.add(needRule);
            for (Vurdering v : found) {
                if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(v.getRuleId())) {
                    ids.add(v.getRuleId());
                }
            }
            ids.add(requestRule);
            ids.add(decisionRule);
            return ids;
        }
    }

    /** The criteria rules' judgement of one kommune in words, for {@code bosim explain}. */
    private static List<String> judgement(KommuneFacts k, Judgement j, String criteria, Say say) {
        List<Vurdering> vs = j.found;
        List<String> lines = new ArrayList<>();
        StringBuilder w = new StringBuilder(say.t("vekt = folketall ", "weight = population ") + say.n(k.population(), 0));
        for (Vurdering v : vs) {
            String why = v.getRuleId() + " (" + v.getReason().in(!say.norwegian()) + ")";
            switch (v.getKind()) {
                case AKTUELL -> lines.add(say.t("kan anmodes: ", "can be asked: ") + why);
                case IKKE_AKTUELL -> lines.add(say.t("anmodes ikke: ", "not asked: ") + why);
                case EM_AKTUELL -> lines.add(say.t("kan anmodes om enslige mindreårige: ", "can be asked about minors: ") + why);
                case VEKT -> w.append(" × ").append(say.n(v.getFactor(), 3)).append(" (").append(v.getRuleId()).append(": ")
                        .append(v.getReason().in(!say.norwegian())).append(")");
                case KONTINUITET -> lines.add(say.t("kontinuitet: " + say.pct(v.getFactor(), 0) + " av plassen i fylket følger andelen av "
                        + "fylkets sist publiserte anmodninger: ", "continuity: " + say.pct(v.getFactor(), 0) + " of its place in the county "
                        + "follows its share of the county's last published requests: ") + why);
                case FYLKESFORDELING -> lines.add(say.t("behovet går først til fylkene: ", "the need goes to the counties first: ") + why);
                case EM_FYLKESFORDELING -> lines.add(say.t("de mindreåriges del går også til fylkene: ",
                        "the minors' part goes to the counties too: ") + why);
            }
        }
        if (!j.eligible()) {
            lines.add(say.t("anmodes ikke etter kriteriene ", "not asked under criteria ") + criteria
                    + (j.no ? "" : say.t(": ingen kriterieregel gjorde kommunen aktuell", ": no criteria rule made it eligible")));
        } else {
            lines.add(w.append(" = ").append(say.n(j.weight, 1)).toString());
        }
        return lines;
    }

    /**
     * The decision draw behind a decision the rules made (VEDTAK-01), in numbers, so the decided
     * figure can be squared with the request: the latent share m from the request per 1 000
     * inhabitants, this year's willingness z from last year's and the draw, the share m + s·z cut to
     * 0..1, and the rounding. The formula is vedtak.drl's (through {@link Vilje}); this only shows it.
     */
    private static List<String> draw(KommuneFacts k, Fordeling.Result r, Vedtak v, PlanningFacts facts, Say say) {
        if (!v.getRuleId().equals("VEDTAK-01") || r.anmodet() == 0) {
            return List.of();
        }
        double level = facts.parameter("vedtak_vilje_nivaa");
        double slope = facts.parameter("vedtak_vilje_per_1000");
        double s = facts.parameter("vedtak_vilje_spredning");
        double rho = facts.parameter("vedtak_vilje_korrelasjon");
        double per1000 = k.population() == 0 ? 0.0 : 1000.0 * r.anmodet() / k.population();
        double m = level - slope * per1000;
        double last = k.lastWillingness();
        double mean = Vilje.mean(last, rho);
        double spread = Vilje.spread(last, rho);
        double share = Vilje.share(m, s, mean, spread, k.willingnessDraw(), facts.deterministic());
        List<String> out = new ArrayList<>();
        out.add(say.t("vedtakstrekningen (VEDTAK-01): m = nivå ", "the decision draw (VEDTAK-01): m = level ") + say.n(level, 2) + " − "
                + say.n(slope, 3) + " × " + say.n(per1000, 1) + say.t(" anmodet per 1 000 innbyggere = ", " requested per 1,000 inhabitants = ")
                + say.n(m, 3));
        String lastText = Double.isNaN(last) ? say.t("ukjent, så z trekkes fra hele spredningen", "unknown, so z is drawn from the whole spread")
                : say.n(last, 2);
        if (facts.deterministic()) {
            out.add(say.t("viljen i fjor (z): ", "last year's willingness (z): ") + lastText + say.t("; deterministisk kjøring: andelen er "
                    + "forventningen av min(max(m + s·z, 0), 1) over z ~ N(", "; deterministic run: the share is the expectation of "
                    + "min(max(m + s·z, 0), 1) over z ~ N(") + say.n(mean, 2) + ", " + say.n(spread, 2) + "²) = " + say.n(share, 3));
        } else {
            double z = mean + spread * k.willingnessDraw();
            out.add(say.t("viljen: z = ρ × fjorårets z + √(1 − ρ²) × trekning = ", "willingness: z = ρ × last year's z + √(1 − ρ²) × draw = ")
                    + say.n(rho, 2) + " × " + lastText + " + " + say.n(spread, 2) + " × " + say.n(k.willingnessDraw(), 2) + " = " + say.n(z, 2)
                    + (Double.isNaN(last) ? say.t(" (uten fjorårets z: trekningen alene)", " (without last year's z: the draw alone)") : ""));
            out.add(say.t("andel = m + s × z = ", "share = m + s × z = ") + say.n(m, 3) + " + " + say.n(s, 2) + " × " + say.n(z, 2) + " = "
                    + say.n(m + s * z, 3) + say.t(", avgrenset til 0–1: ", ", cut to 0..1: ") + say.n(share, 3));
        }
        out.add(say.t("vedtatt = avrundet ", "vedtatt = rounded ") + say.n(share, 3) + " × " + (r.anmodet() - r.anmodetEm())
                + say.t(" voksne og familier", " adults and families") + (v.getVedtattEm() > 0 ? " + " + say.n(share, 3) + " × " + r.anmodetEm()
                + say.t(" mindreårige", " minors") : "") + " = " + v.getVedtatt());
        return out;
    }
}

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
            String needWhy = behov.getRuleId() + ": " + behov.getReason();
            if (!anyEligible && need > 0) {
                throw RuleProblem.running("criteria set '" + facts.criteria() + "' made no kommune eligible in "
                        + facts.year() + "; the rule files define " + rules.criteriaSets());
            }
            boolean published = kommuner.stream().allMatch(k -> k.knownAnmodet() >= 0);
            Fordeling.Result[] requests = published
                    ? Fordeling.published(inputs, kommuner.stream().mapToInt(KommuneFacts::knownAnmodet).toArray(), needEm,
                            explanations != null)
                    : Fordeling.distribute(inputs, need, needEm, (int) facts.parameter("kriterier_min_anmodning"),
                            (int) facts.parameter("kriterier_em_min_anmodning"),
                            byCounty && facts.countyRequestsYear() > 0 ? facts.countyRequests() : null,
                            facts.countyRequestsYear(), facts.lastPublishedYear(), minorsByCounty, explanations != null);
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
                String requestRule = published ? "ANMODNING-KJENT" : "FORDELING";
                plans.add(new KommunePlan(k.kommunenummer(), r.anmodet(), r.anmodetEm(), v.getVedtatt(), v.getVedtattEm(),
                        r.weightShare(), ruleIdText.computeIfAbsent(published
                                ? List.of(behov.getRuleId(), requestRule, v.getRuleId())
                                : judged[i].ruleIds(behov.getRuleId(), requestRule, v.getRuleId()),
                                ids -> String.join(" ", ids)), v.getWillingness()));
                if (explanations != null) {
                    List<String> lines = new ArrayList<>();
                    lines.add("need " + facts.year() + (facts.revision() ? " (revised " + facts.madeIn() + ")" : "") + ": " + needWhy);
                    lines.addAll(judgement(k, judged[i], facts.criteria()));
                    lines.addAll(r.steps());
                    lines.add("vedtatt = " + v.getVedtatt() + " (of them " + v.getVedtattEm() + " minors): " + v.getRuleId()
                            + " (" + v.getReason() + ")");
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
            String source = facts.needSource();
            int colon = source.indexOf(':');
            if (facts.revision() && source.startsWith("BEHOV-") && colon > 0) {
                return Behov.revisedBy(source.substring(0, colon), facts.fixedNeed(), em, source.substring(colon + 1).trim());
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
    private static List<String> judgement(KommuneFacts k, Judgement j, String criteria) {
        List<Vurdering> vs = j.found;
        List<String> lines = new ArrayList<>();
        StringBuilder w = new StringBuilder("weight = population " + k.population());
        for (Vurdering v : vs) {
            switch (v.getKind()) {
                case AKTUELL -> lines.add("can be asked: " + v.getRuleId() + " (" + v.getReason() + ")");
                case IKKE_AKTUELL -> lines.add("not asked: " + v.getRuleId() + " (" + v.getReason() + ")");
                case EM_AKTUELL -> lines.add("can be asked about minors: " + v.getRuleId() + " (" + v.getReason() + ")");
                case VEKT -> w.append(String.format(java.util.Locale.ROOT, " x %.3f (%s: %s)", v.getFactor(), v.getRuleId(), v.getReason()));
                case KONTINUITET -> lines.add(String.format(java.util.Locale.ROOT, "continuity: %.0f %% of its place in the county "
                        + "follows its share of the county's last published requests: %s (%s)", 100 * v.getFactor(), v.getRuleId(),
                        v.getReason()));
                case FYLKESFORDELING -> lines.add("the need goes to the counties first: " + v.getRuleId() + " (" + v.getReason() + ")");
                case EM_FYLKESFORDELING -> lines.add("the minors' part goes to the counties too: " + v.getRuleId() + " (" + v.getReason() + ")");
            }
        }
        if (!j.eligible()) {
            lines.add("not asked under criteria " + criteria + (j.no ? "" : ": no criteria rule made it eligible"));
        } else {
            lines.add(w.append(String.format(java.util.Locale.ROOT, " = %.1f", j.weight)).toString());
        }
        return lines;
    }
}

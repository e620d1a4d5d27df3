package no.bosim.rules.drools;

import static no.bosim.rules.drools.DroolsPolicy.fire;
import static no.bosim.rules.drools.DroolsPolicy.of;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.bosim.rules.Alert;
import no.bosim.rules.CostAssessment;
import no.bosim.rules.CostFacts;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The cost rules' session, living for the whole run like the monthly one: the parameters and the
 * cohorts' kinds and years of stay stay in it, so the rates are derived once, and again only when
 * a parameter changes (kostnad.drl inserts them logically); each year brings only its reception
 * figures and coverage. The policy multiplies the rates by who was settled where.
 */
final class CostRules {

    /** The parameter that says how many years the grants run, the settlement year included. */
    static final String GRANT_YEARS = "tilskudd_aar";
    private int cohortYears;
    /** Last year's coverage facts: KOST-10 warns when coverage falls under its threshold, so it needs the year before. */
    private final List<FactHandle> lastCoverage = new ArrayList<>();
    /** The year before last's, deleted when this year's are inserted. */
    private final List<FactHandle> olderCoverage = new ArrayList<>();

    private final KieSession session;
    private final ParamFacts params;
    private final Explanations explanations;
    private final RuleBook rules;

    CostRules(RuleBook rules, Explanations explanations) {
        this.rules = rules;
        this.explanations = explanations;
        session = explanations == null ? rules.pooledSession() : rules.kieBase().newKieSession();
        params = new ParamFacts(session);
        if (explanations != null) {
            session.addEventListener(explanations.alertListener());
        }
    }

    /** One cohort fact per kind and year of stay in the grant years (tilskudd_aar), added as the parameter grows. */
    private void cohortsUpTo(int grantYears) {
        for (int year = cohortYears + 1; year <= grantYears; year++) {
            session.insert(new Kull(Kull.ORDINAER, year));
            session.insert(new Kull(Kull.EM, year));
        }
        cohortYears = Math.max(cohortYears, grantYears);
    }

    /** The grants and costs of the year's cohorts, and any warnings about their coverage. */
    CostAssessment assess(CostFacts facts) {
        if (explanations != null) {
            explanations.month(java.time.YearMonth.of(facts.year(), 12));
        }
        params.update(facts.parameters());
        int grantYears = (int) Math.round(facts.parameters().get(GRANT_YEARS));
        cohortsUpTo(grantYears);
        List<FactHandle> thisYear = new ArrayList<>();
        thisYear.add(session.insert(new Mottaksaar(facts.avgCapacity(), facts.avgInMottak())));
        fire(rules, session, facts.year() + " (costs)");
        // Rate per person by kind (ordinary, minors) and year of stay, grants and costs apart; the rules behind them.
        // Summed in a fixed order, so the amounts never depend on the order Drools holds its facts in.
        List<Sats> satser = new ArrayList<>();
        for (Object o : session.getObjects(of(Sats.class))) {
            satser.add((Sats) o);
        }
        satser.sort(java.util.Comparator.comparing(Sats::getKind).thenComparingInt(Sats::getYearOfStay)
                .thenComparing(Sats::isGrant).thenComparing(Sats::getRuleId).thenComparingDouble(Sats::getNok));
        double[][][] rate = new double[2][cohortYears + 1][2];
        java.util.Set<String> rateRules = new java.util.TreeSet<>();
        for (Sats x : satser) {
            int kind = x.getKind().ordinal();
            if (x.getYearOfStay() >= 1 && x.getYearOfStay() <= grantYears) {
                rate[kind][x.getYearOfStay()][x.isGrant() ? 0 : 1] += x.getNok();
            }
            rateRules.add(x.getRuleId());
        }
        // Sorted by kommunenummer as it fills, so the rows come out in that order without sorting them each year.
        Map<String, double[]> byKommune = new java.util.TreeMap<>();
        double[] national = new double[2];
        for (CostFacts.Cohort c : facts.cohorts()) {
            int yearOfStay = facts.year() - c.settlementYear() + 1;
            if (yearOfStay < 1 || yearOfStay > grantYears) {
                continue;
            }
            double[] ord = rate[0][yearOfStay];
            double[] em = rate[1][yearOfStay];
            // Cohorts from before the start are known nationally only: they count for the country, not a kommune.
            double[] k = c.kommunenummer().equals(CostFacts.BEFORE_START) ? new double[2]
                    : byKommune.computeIfAbsent(c.kommunenummer(), x -> new double[2]);
            for (int i = 0; i < 2; i++) {
                double amount = c.ordinary() * ord[i] + c.minors() * em[i];
                k[i] += amount;
                national[i] += amount;
            }
        }
        String ids = String.join(" ", rateRules);
        List<CostAssessment.Row> rows = new ArrayList<>();
        rows.add(new CostAssessment.Row(CostAssessment.NATIONAL, national[0], national[1], ids));
        List<Belop> belop = new ArrayList<>();
        for (Object o : session.getObjects(of(Belop.class))) {
            belop.add((Belop) o);
        }
        belop.sort(java.util.Comparator.comparing(Belop::getRuleId).thenComparingDouble(Belop::getNok));
        double[] host = new double[2];
        java.util.Set<String> hostRules = new java.util.TreeSet<>();
        for (Belop b : belop) {
            host[b.isGrant() ? 0 : 1] += b.getNok();
            hostRules.add(b.getRuleId());
        }
        rows.add(new CostAssessment.Row(CostAssessment.HOST, host[0], host[1], String.join(" ", hostRules)));
        byKommune.forEach((k, v) -> rows.add(new CostAssessment.Row(k, v[0], v[1], ids)));

        int december = facts.year() * 12 + 11;
        // The year before last goes now, with this year's coverage inserted before the rules fire again, so
        // last year's fact never stands as the latest without its predecessor.
        olderCoverage.forEach(session::delete);
        olderCoverage.clear();
        List<FactHandle> coverage = new ArrayList<>();
        for (CostAssessment.Row r : rows.subList(0, 2)) {
            if (r.costsNok() > 0) {
                coverage.add(session.insert(new Dekning(r.subject(), december, r.coverage())));
            }
        }
        fire(rules, session, facts.year() + " (cost warnings)");
        olderCoverage.addAll(lastCoverage);
        lastCoverage.clear();
        lastCoverage.addAll(coverage);
        List<Alert> alerts = new ArrayList<>();
        for (FactHandle h : List.<FactHandle>copyOf(session.getFactHandles(of(Varsel.class)))) {
            alerts.add(((Varsel) session.getObject(h)).alert());
            session.delete(h);
        }
        // The year's facts go; what the rules derived from them logically (the host amounts) goes with them.
        thisYear.forEach(session::delete);
        alerts.sort(java.util.Comparator.comparing(Alert::ruleId));
        return new CostAssessment(facts.year(), rows, alerts);
    }

    void close() {
        session.dispose();
    }
}

package no.bosim.rules.drools;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Why the rules decided what they did, recorded while a run goes: for each kommune and year the
 * steps from eligibility to decision, and for each alert the facts its rule matched. Only kept
 * when asked for ({@code bosim explain}), so ordinary runs pay nothing for it.
 */
public final class Explanations {

    /** The facts one firing of an alert rule matched. */
    public record Match(YearMonth month, String rule, List<String> facts, List<String> factsEn) {
    }

    private final Map<String, List<String>> plans = new LinkedHashMap<>();
    private final List<Match> alerts = new ArrayList<>();
    private final Say say;
    private YearMonth month;

    /** Explanations in Norwegian. */
    public Explanations() {
        this("nb");
    }

    /** Explanations in {@code lang}: "nb" or "en". */
    public Explanations(String lang) {
        this.say = Say.of(lang);
    }

    Say say() {
        return say;
    }

    void plan(int year, String kommunenummer, List<String> lines) {
        plans.put(year + "/" + kommunenummer, List.copyOf(lines));
    }

    void month(YearMonth month) {
        this.month = month;
    }

    /** The steps behind a kommune's request and decision in a year, or empty if it was not planned. */
    public List<String> plan(int year, String kommunenummer) {
        return plans.getOrDefault(year + "/" + kommunenummer, List.of());
    }

    /** Every firing of rule {@code ruleId} (e.g. VARSEL-03) in {@code month}, with the facts it matched. */
    public List<Match> alerts(String ruleId, YearMonth month) {
        return alerts.stream().filter(m -> m.month().equals(month) && m.rule().startsWith(ruleId + " ")).toList();
    }

    DefaultAgendaEventListener alertListener() {
        return new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                List<String> facts = new ArrayList<>();
                List<String> factsEn = new ArrayList<>();
                for (Object o : event.getMatch().getObjects()) {
                    if (!(o instanceof Naa)) {
                        facts.add(Facts.describe(o, true));
                        factsEn.add(Facts.describe(o, false));
                    }
                }
                alerts.add(new Match(month, event.getMatch().getRule().getName(), facts, factsEn));
            }
        };
    }
}

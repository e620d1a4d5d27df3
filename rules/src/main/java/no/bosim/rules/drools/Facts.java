package no.bosim.rules.drools;

import java.lang.reflect.Method;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts a rule matched, in words for {@code bosim explain}: what a reader needs to see why an
 * alert fired (the month's figures, the parameters in force, the forecast), in Norwegian or English,
 * with the numbers written as the language writes them, never a program object's own text.
 */
final class Facts {

    private Facts() {
    }

    static String describe(Object o, boolean nb) {
        if (o instanceof Number n) {
            return (nb ? "summert over vinduet: " : "summed over the window: ") + d(n.doubleValue(), nb);
        }
        if (o instanceof Param p) {
            return (nb ? "parameteren " : "parameter ") + p.getName() + (nb ? " er " : " is ") + d(p.getValue(), nb);
        }
        if (o instanceof Maaned m) {
            return nb ? "måneden " + m.getMonth() + ": " + n(m.getInMottak()) + " i mottak av " + n(m.getCapacity()) + " plasser ("
                    + signed(m.getPendingPlaces(), true) + " bestilt), " + n(m.getSettlementReady()) + " bosettingsklare, "
                    + n(m.getLongWaiters()) + " som har ventet for lenge, " + n(m.getArrivals()) + " ankomne, " + n(m.getSettledThisYear())
                    + " bosatt i år av behovet på " + n(m.getNeedThisYear())
                    : "the month " + m.getMonth() + ": " + e(m.getInMottak()) + " in reception of " + e(m.getCapacity()) + " places ("
                    + signed(m.getPendingPlaces(), false) + " ordered), " + e(m.getSettlementReady()) + " ready for settlement, "
                    + e(m.getLongWaiters()) + " who have waited too long, " + e(m.getArrivals()) + " arrived, " + e(m.getSettledThisYear())
                    + " settled this year of a need of " + e(m.getNeedThisYear());
        }
        if (o instanceof Prognose p) {
            return nb ? "prognosen: " + n(p.getInMottak()) + " i mottak, " + n(p.getArrivalsPerMonth()) + " ankommer og "
                    + n(p.getOutflowPerMonth()) + " går ut i måneden"
                    : "the forecast: " + e(p.getInMottak()) + " in reception, " + e(p.getArrivalsPerMonth()) + " arriving and "
                    + e(p.getOutflowPerMonth()) + " leaving a month";
        }
        if (o instanceof Bosettingsutsikt u) {
            return nb ? "utsikten for året: om lag " + n(u.getStillToSettle()) + " skal ennå bosettes i år (utover en normal kø, med "
                    + n(u.getGrantsPerMonth()) + " innvilget i måneden), " + n(u.getProjectedAtPace()) + " bosatt ved årets slutt med takten hittil"
                    : "the year's outlook: about " + e(u.getStillToSettle()) + " still to be settled this year (beyond a normal queue, at "
                    + e(u.getGrantsPerMonth()) + " granted a month), " + e(u.getProjectedAtPace()) + " settled by the year's end at the pace so far";
        }
        if (o instanceof Dekning c) {
            return (nb ? "dekningsgraden for " : "the coverage for ") + c.getSubject() + ": " + d(100 * c.getCoverage(), nb) + " %";
        }
        if (o instanceof Mottaksaar m) {
            return nb ? "året i mottak: " + n(m.getAvgCapacity()) + " plasser og " + n(m.getAvgInMottak()) + " beboere i snitt"
                    : "the year in reception: " + e(m.getAvgCapacity()) + " places and " + e(m.getAvgInMottak()) + " residents on average";
        }
        if (o instanceof Ordre r) {
            YearMonth at = YearMonth.of(r.getEffective() / 12, r.getEffective() % 12 + 1);
            return (nb ? "ordren " : "the order ") + r.getRuleId() + ": " + r.getKind().label() + " " + (nb ? n(r.getPlaces()) : e(r.getPlaces()))
                    + (nb ? " plasser fra " : " places from ") + at;
        }
        return declared(o, nb);
    }

    /**
     * A fact type the rule files declare (such as Tilstand: a condition that holds, and its year): its name,
     * its words and its year; the month index it carries is the engine's, not the reader's.
     */
    private static String declared(Object o, boolean nb) {
        List<String> values = new ArrayList<>();
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() == 0 && m.getDeclaringClass() == o.getClass() && (m.getName().startsWith("get") || m.getName().startsWith("is"))
                    && !m.getName().equals("getIndex")) {
                try {
                    Object v = m.invoke(o);
                    values.add(m.getName().equals("getYear") ? "(" + v + ")" : v instanceof Number num ? d(num.doubleValue(), nb) : "«" + v + "»");
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // A getter that fails says nothing to the reader; the others still do.
                }
            }
        }
        values.sort(java.util.Comparator.comparing((String v) -> v.startsWith("(")).thenComparing(v -> v));
        String type = o.getClass().getSimpleName();
        // A rule file's own fact types are named in Norwegian; the condition marks say what they are in English.
        String shown = !nb && type.equals("Tilstand") ? "the condition" : type.toLowerCase(java.util.Locale.ROOT);
        return shown + " " + String.join(" ", values);
    }

    private static String n(double v) {
        return Tall.n(v);
    }

    private static String e(double v) {
        return String.format(java.util.Locale.UK, "%,d", Math.round(v));
    }

    private static String d(double v, boolean nb) {
        return nb ? Tall.d(v, 2) : Tall.enD(v, 2);
    }

    private static String signed(double v, boolean nb) {
        String s = nb ? n(Math.abs(v)) : e(Math.abs(v));
        return v < 0 ? "\u2212" + s : s;
    }
}

package no.bosim.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The plausibility limit on arrivals ({@value #PARAMETER}): the most arrivals of all streams together a
 * month of a scenario may bring. A scenario's own path, a change made to it (arrivals_scale,
 * arrivals_surge) and a sweep's scale are all held to it here, in one way, each naming its own field.
 */
public final class ArrivalLimit {

    public static final String PARAMETER = "ankomster_maks_mnd";
    /** Why the limit is what it is, and what to do about it, as every message about it ends. */
    static final String WHY = PARAMETER + ": ten times the largest month ever seen; raise it in an overlay if you mean it";

    private ArrivalLimit() {
    }

    /** A step of the path whose months bring more arrivals than the limit in force. */
    public record Excess(ArrivalPath.Step step, long total, double limit) {

        /** "expected at most N a month (why)". */
        public String expected() {
            return "expected at most " + Limits.shown((long) limit) + " a month (" + WHY + ")";
        }
    }

    /** Every step from {@code from} on whose months bring more than the limit in force; none when the scenario has no limit. */
    public static List<Excess> above(ArrivalPath path, Parameters parameters, YearMonth from) {
        List<Excess> out = new ArrayList<>();
        if (!parameters.has(PARAMETER)) {
            return out;
        }
        Parameter limit = parameters.get(PARAMETER);
        for (ArrivalPath.Step step : path.steps()) {
            if (from != null && step.from().isBefore(from)) {
                continue;
            }
            long total = step.perMonth().values().stream().mapToLong(Integer::longValue).sum();
            limit.inForce(step.from()).filter(v -> total > v.value()).ifPresent(v -> out.add(new Excess(step, total, v.value())));
        }
        return out;
    }

    /** The step most above the limit, when one is: one message for a change whose months above it all have one cause. */
    public static Optional<Excess> worst(ArrivalPath path, Parameters parameters, YearMonth from) {
        return above(path, parameters, from).stream().max(Comparator.comparingLong(Excess::total));
    }
}

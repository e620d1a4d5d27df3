package no.bosim.scenario;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Expected arrivals per month by stream, as steps: a row holds from its month until the next row.
 * The first row is at or before the scenario's start (checked on load).
 */
public record ArrivalPath(List<Step> steps) {

    public ArrivalPath {
        steps = List.copyOf(steps);
    }

    /** Monthly arrivals by stream from {@code from} on, and why. */
    public record Step(YearMonth from, Map<Stream, Integer> perMonth, Basis basis, int line) {
        public Step {
            perMonth = Map.copyOf(new EnumMap<>(perMonth));
        }
    }

    public Step stepAt(YearMonth month) {
        Step found = steps.get(0);
        for (Step s : steps) {
            if (s.from().isAfter(month)) {
                break;
            }
            found = s;
        }
        return found;
    }

    public int at(YearMonth month, Stream stream) {
        return stepAt(month).perMonth().get(stream);
    }
}

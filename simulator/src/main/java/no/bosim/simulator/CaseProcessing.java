package no.bosim.simulator;

import java.time.YearMonth;
import no.bosim.rules.LargestRemainder;
import no.bosim.scenario.Parameters;
import no.bosim.scenario.Stream;

/**
 * UDI's case processing with a capacity. A case can be decided once it has waited the stream's
 * minimum months (registration, interview, checks); of the cases that can be decided, a share
 * 1/(mean − minimum + 1) is ready each month (so the mean is kept), as when UDI has room to spare. What UDI can decide in a
 * month is limited by its capacity, counted in ordinary asylum cases (a case of collective
 * protection takes {@code behandling_vekt_kollektiv} of one), the streams in the order their dated
 * ranks give ({@code behandling_rekkefolge_*}: minors, then collective protection, then other asylum
 * cases in every shipped scenario), each longest waiting first. When more is ready than the
 * capacity allows the rest waits, so in a surge the queue grows and processing time stretches,
 * as it does at UDI. Capacity is a dated parameter plus what the processing rules add. Refused
 * people leave at a rate of 1/{@code utreisetid_mnd} a month.
 *
 * <p>Ukrainians whose asylum application is assessed individually (not collective protection) are
 * ordinary asylum cases, but UDI grants them far less often ({@code innvilgelsesandel_asyl_ukraina}
 * against {@code innvilgelsesandel_asyl}). They are carried as a count among the ordinary cases
 * awaiting a decision, not as a stream of their own: the cases decided in a month hold them in the
 * share they have of the cases that can be decided, and the month's grant share of ordinary cases
 * mixes the two shares by it.
 */
final class CaseProcessing {

    /** The streams UDI decides, in the order that breaks a tie between equal ranks. */
    private static final Stream[] DECIDED = {Stream.EM, Stream.UKRAINE, Stream.ASYLUM};
    /** Each decided stream's rank parameter, named once rather than built every month. */
    private static final String[] RANK_PARAMETER = new String[Stream.values().length];

    static {
        for (Stream s : DECIDED) {
            RANK_PARAMETER[s.ordinal()] = "behandling_rekkefolge_" + key(s);
        }
    }

    private final Segments segments;
    private final Queues queues;
    private final Parameters parameters;
    /** How much slower (above 1) or faster than its mean UDI decides in this run; 1 until the run's draws begin. */
    private double processingFactor;
    private final Flow[] ready;
    private final Flow[] grant;
    private final Flow[] departure;
    /** Capacity added by the processing rules (asylum-case equivalents per month), on top of the dated base. */
    private int extraCapacity;
    /** Of the ordinary asylum cases awaiting a decision, the Ukrainians assessed individually (an expectation, so not whole). */
    private double ukrainiansAwaiting;

    /** What happened to cases in a month. */
    record Outcome(int decided, int granted, int refused, int departed, long decidedMonthsWaited, int readyNotDecided,
                   int capacity, double capacityUsed, int grantedEm) {

        /** Mean whole months from application to decision of the cases decided this month (0 when none). */
        double meanProcessingMonths() {
            return decided == 0 ? 0.0 : (double) decidedMonthsWaited / decided;
        }
    }

    CaseProcessing(Segments segments, Queues queues, Parameters parameters, double processingFactor,
                   java.util.function.Function<String, Flow> flows) {
        this.segments = segments;
        this.queues = queues;
        this.parameters = parameters;
        this.processingFactor = processingFactor;
        int n = segments.size();
        ready = new Flow[n];
        grant = new Flow[n];
        departure = new Flow[n];
        for (int i = 0; i < n; i++) {
            String key = segments.get(i).key();
            ready[i] = flows.apply("decision." + key);
            grant[i] = flows.apply("grant." + key);
            departure[i] = flows.apply("departure." + key);
        }
    }

    /**
     * Processing capacity added (or, negative, taken back) by the processing rules' orders due in {@code month}.
     * Taking back more than was added would cut UDI's base capacity, which no rule decides: refused, not clamped.
     */
    void addCapacity(int units, YearMonth month) {
        if (extraCapacity + units < 0) {
            throw no.bosim.rules.drools.RuleProblem.running("the processing rules take back " + (-units) + " cases a month of UDI's"
                    + " capacity in " + month + ", but only " + extraCapacity + " were added; expected a BEHANDLING order to take back"
                    + " at most the capacity the rules added");
        }
        extraCapacity += units;
    }

    int extraCapacity() {
        return extraCapacity;
    }

    /** The run's drawn processing speed, from the month its draws begin (a run replaying history starts on 1). */
    void drawnProcessingFactor(double factor) {
        processingFactor = factor;
    }

    /** Ordinary asylum seekers who arrived this month and are Ukrainians assessed individually. */
    void arrivedUkrainians(double people) {
        ukrainiansAwaiting += people;
    }

    /** The month's capacity in asylum-case equivalents. */
    int capacity(YearMonth month) {
        return (int) Math.round(parameters.valueAt("behandling_kapasitet_mnd", month)) + extraCapacity;
    }

    /**
     * The ordinary asylum cases whose processing is suspended ({@code behandling_berostilt_saker}: a
     * nationality's cases put on hold, "berostillelse", as Syria's from December 2024), per segment:
     * at most that many of the cases that could be decided, split over the ordinary asylum segments by
     * their size. They stay in reception and keep waiting, and are decided (longest waiting first) once
     * the hold ends. Minors' cases are not held: UDI decides them during a suspension.
     */
    private int[] held(YearMonth month) {
        int[] held = new int[segments.size()];
        int onHold = (int) Math.round(parameters.valueAt("behandling_berostilt_saker", month));
        if (onHold <= 0) {
            return held;
        }
        int[] members = segments.ofStream(Stream.ASYLUM);
        int[] eligible = new int[members.length];
        long total = 0;
        for (int j = 0; j < members.length; j++) {
            eligible[j] = queues.awaitingFrom(members[j], minMonths(Stream.ASYLUM, month));
            total += eligible[j];
        }
        if (total == 0) {
            return held;
        }
        int[] share = LargestRemainder.split((int) Math.min(onHold, total), eligible);
        for (int j = 0; j < members.length; j++) {
            held[members[j]] = share[j];
        }
        return held;
    }

    Outcome process(YearMonth month) {
        int departed = departures(month);
        int n = segments.size();
        int[] held = held(month);
        int[] wanted = new int[n];
        for (int i = 0; i < n; i++) {
            Stream stream = segments.get(i).group().stream();
            if (stream == Stream.QUOTA) {
                continue;
            }
            int from = minMonths(stream, month);
            double spread = Math.max(1.0, processingFactor * (meanMonths(stream, month) - from) + 1.0);
            wanted[i] = ready[i].take(queues.awaitingFrom(i, from) - held[i], 1.0 / spread);
        }
        double ukrainianShare = ukrainianShare(held);
        int capacity = capacity(month);
        double units = capacity;
        double weightKollektiv = parameters.valueAt("behandling_vekt_kollektiv", month);
        int[] decided = new int[n];
        for (Stream cls : priority(month)) {
            int[] members = segments.ofStream(cls);
            double weight = cls == Stream.UKRAINE ? weightKollektiv : 1.0;
            long want = 0;
            int[] w = new int[members.length];
            for (int j = 0; j < members.length; j++) {
                w[j] = wanted[members[j]];
                want += w[j];
            }
            int affordable = weight <= 0 ? (int) want : (int) Math.min(want, Math.floor(units / weight + 1e-9));
            int[] share = affordable >= want ? w : LargestRemainder.split(affordable, w);
            for (int j = 0; j < members.length; j++) {
                decided[members[j]] = share[j];
            }
            units -= affordable * weight;
        }
        int decidedAll = 0;
        int granted = 0;
        int grantedEm = 0;
        int refused = 0;
        int readyLeft = 0;
        long months = 0;
        for (int i = 0; i < n; i++) {
            Stream stream = segments.get(i).group().stream();
            if (stream == Stream.QUOTA) {
                continue;
            }
            readyLeft += wanted[i] - decided[i];
            if (decided[i] == 0) {
                continue;
            }
            months += queues.takeAwaitingOldestFirst(i, minMonths(stream, month), decided[i]);
            double share = stream == Stream.ASYLUM && ukrainianShare > 0
                    ? (1 - ukrainianShare) * grantShare(stream, month)
                            + ukrainianShare * parameters.valueAt("innvilgelsesandel_asyl_ukraina", month)
                    : grantShare(stream, month);
            int yes = grant[i].take(decided[i], share);
            if (stream == Stream.ASYLUM) {
                ukrainiansAwaiting = Math.max(0.0, ukrainiansAwaiting - ukrainianShare * decided[i]);
            }
            queues.addReady(i, 0, yes);
            queues.addRefused(i, decided[i] - yes);
            decidedAll += decided[i];
            granted += yes;
            refused += decided[i] - yes;
            if (stream == Stream.EM) {
                grantedEm += yes;
            }
        }
        return new Outcome(decidedAll, granted, refused, departed, months, readyLeft, capacity,
                capacity == 0 ? 0.0 : (capacity - units) / capacity, grantedEm);
    }

    /**
     * The Ukrainians' share of the ordinary asylum cases UDI can decide this month: of those awaiting,
     * less the cases on hold (another nationality's). At most 1.
     */
    private double ukrainianShare(int[] held) {
        if (ukrainiansAwaiting <= 0) {
            return 0.0;
        }
        long open = 0;
        for (int i : segments.ofStream(Stream.ASYLUM)) {
            open += queues.awaiting(i) - held[i];
        }
        return open <= 0 ? 1.0 : Math.min(1.0, ukrainiansAwaiting / open);
    }

    /** The streams in the order UDI serves them in {@code month}: by their dated ranks, ties in {@link #DECIDED}'s order. */
    Stream[] priority(YearMonth month) {
        Stream[] order = DECIDED.clone();
        double[] rank = new double[Stream.values().length];
        for (Stream s : order) {
            rank[s.ordinal()] = parameters.valueAt(RANK_PARAMETER[s.ordinal()], month);
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(s -> rank[s.ordinal()]));
        return order;
    }

    private int departures(YearMonth month) {
        double rate = hazard(parameters.valueAt("utreisetid_mnd", month));
        int departed = 0;
        for (int i = 0; i < segments.size(); i++) {
            int leaving = departure[i].take(queues.refused(i), rate);
            queues.takeRefused(i, leaving);
            departed += leaving;
        }
        return departed;
    }

    private static double hazard(double meanMonths) {
        return meanMonths <= 1.0 ? 1.0 : 1.0 / meanMonths;
    }

    private double meanMonths(Stream stream, YearMonth month) {
        return parameters.valueAt("behandlingstid_" + key(stream) + "_mnd", month);
    }

    int minMonths(Stream stream, YearMonth month) {
        return (int) Math.round(parameters.valueAt("behandlingstid_min_" + key(stream) + "_mnd", month));
    }

    private double grantShare(Stream stream, YearMonth month) {
        return parameters.valueAt("innvilgelsesandel_" + key(stream), month);
    }

    /** The name a stream has in parameter names. */
    static String key(Stream stream) {
        return switch (stream) {
            case ASYLUM -> "asyl";
            case EM -> "em";
            case UKRAINE -> "ukraina";
            case QUOTA -> throw new IllegalArgumentException("resettlement refugees arrive decided");
        };
    }
}

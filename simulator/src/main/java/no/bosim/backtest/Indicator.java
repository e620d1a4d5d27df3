package no.bosim.backtest;

import java.time.YearMonth;
import java.util.List;
import java.util.function.ToDoubleFunction;
import no.bosim.simulator.MonthRecord;

/**
 * An indicator a backtest computes from a run, the way the agencies report it. A flow (settled,
 * decided cases) over a year is the year's sum; a stock (residents, places, those waiting) for a
 * year is its December value; a mean (waiting time) over a year is weighted by the people it is
 * the mean of. For a month, each is that month's value.
 */
public enum Indicator {
    SETTLED("settled", "people", Kind.FLOW, MonthRecord::settled, null),
    SETTLED_UKRAINE("settled_ukraine", "people", Kind.FLOW, MonthRecord::settledUkraine, null),
    SETTLED_EM("settled_em", "people", Kind.FLOW, MonthRecord::settledEm, null),
    SETTLED_YTD("settled_ytd", "people", Kind.STOCK, MonthRecord::settledYear, null),
    REQUESTED("requested", "people", Kind.STOCK, MonthRecord::anmodetYear, null),
    DECIDED("decided", "places", Kind.STOCK, MonthRecord::vedtattYear, null),
    RESIDENTS("residents", "people", Kind.STOCK, MonthRecord::inMottak, null),
    PLACES("places", "places", Kind.STOCK, MonthRecord::receptionCapacity, null),
    PLACES_EMERGENCY("places_emergency", "places", Kind.STOCK, MonthRecord::capacityEmergency, null),
    SETTLEMENT_READY("settlement_ready", "people", Kind.STOCK, MonthRecord::settlementReady, null),
    SETTLEMENT_READY_IN_MOTTAK("settlement_ready_in_mottak", "people", Kind.STOCK, MonthRecord::settlementReadyInMottak, null),
    IN_PROCESSING("in_processing", "people", Kind.STOCK, MonthRecord::inProcessing, null),
    GRANTED("granted", "people", Kind.FLOW, MonthRecord::granted, null),
    WAIT_MEAN_MONTHS("wait_mean_months", "months", Kind.MEAN, MonthRecord::waitMeanMonths, MonthRecord::settled),
    SETTLED_WITHIN_6M_SHARE("settled_within_6m_share", "share", Kind.MEAN, MonthRecord::settledWithin6Share, MonthRecord::settled),
    PROCESSING_MONTHS("processing_months", "months", Kind.MEAN, MonthRecord::processingMonthsMean, MonthRecord::decided);

    /** How a year's value is made from its months. */
    enum Kind { FLOW, STOCK, MEAN }

    private final String key;
    private final String unit;
    private final Kind kind;
    private final ToDoubleFunction<MonthRecord> month;
    private final ToDoubleFunction<MonthRecord> weight;

    Indicator(String key, String unit, Kind kind, ToDoubleFunction<MonthRecord> month, ToDoubleFunction<MonthRecord> weight) {
        this.key = key;
        this.unit = unit;
        this.kind = kind;
        this.month = month;
        this.weight = weight;
    }

    /** The name in observation files and in backtest.csv. */
    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    /** How a year's value is made: {@code flow} (the months' sum), {@code stock} (December's) or {@code mean} (weighted). */
    public String kindName() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Indicator of(String key) {
        for (Indicator i : values()) {
            if (i.key.equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no indicator " + key);
    }

    public static java.util.Set<String> keys() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Indicator i : values()) {
            out.add(i.key);
        }
        return out;
    }

    /**
     * Whether a run from {@code start} to {@code end} covers a period: a month inside it; a year whose
     * months all lie inside it for a flow or a mean, or whose December does for a stock.
     */
    public boolean covers(YearMonth start, YearMonth end, int year, YearMonth month) {
        if (month != null) {
            return !month.isBefore(start) && !month.isAfter(end);
        }
        YearMonth december = YearMonth.of(year, 12);
        boolean decemberIn = !december.isBefore(start) && !december.isAfter(end);
        return kind == Kind.STOCK ? decemberIn : decemberIn && !YearMonth.of(year, 1).isBefore(start);
    }

    /** The value in {@code month}, or NaN when the run does not cover it (or a mean has nobody to average). */
    public double inMonth(List<MonthRecord> months, YearMonth m) {
        for (MonthRecord r : months) {
            if (r.month().equals(m)) {
                return month.applyAsDouble(r);
            }
        }
        return Double.NaN;
    }

    /** The value over {@code year}: NaN when the run does not cover the whole year (or a stock's December). */
    public double inYear(List<MonthRecord> months, int year) {
        double sum = 0;
        double weights = 0;
        int count = 0;
        MonthRecord december = null;
        for (MonthRecord r : months) {
            if (r.month().getYear() != year) {
                continue;
            }
            count++;
            if (r.month().getMonthValue() == 12) {
                december = r;
            }
            switch (kind) {
                case FLOW -> sum += month.applyAsDouble(r);
                case MEAN -> {
                    double w = weight.applyAsDouble(r);
                    double v = month.applyAsDouble(r);
                    if (w > 0 && !Double.isNaN(v)) {
                        sum += v * w;
                        weights += w;
                    }
                }
                case STOCK -> { }
            }
        }
        return switch (kind) {
            case FLOW -> count == 12 ? sum : Double.NaN;
            case STOCK -> december == null ? Double.NaN : month.applyAsDouble(december);
            case MEAN -> count == 12 && weights > 0 ? sum / weights : Double.NaN;
        };
    }
}

package no.bosim.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns of a run's CSV files, in order: the one place a column's name is spelt. Each constant is
 * its column's name in capitals ({@code SETTLED} is {@code settled}). The simulator binds a value to
 * every constant, in this order (checked when it loads); the charts read by them. Columns are only
 * ever appended, never renamed or reordered; docs/output.md says what each holds (a test checks it
 * names them all).
 */
public final class Columns {

    /** A file's columns, as an enum of them gives them. */
    public interface Named {
        String name();

        /** The column's name as written in the file's header. */
        default String column() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The header of the file whose columns {@code columns} are, in order. */
    public static List<String> header(Class<? extends Enum<?>> columns) {
        return Arrays.stream(columns.getEnumConstants()).map(c -> ((Named) c).column()).toList();
    }

    /** timeseries.csv: one row a month. */
    public enum Timeseries implements Named {
        MONTH, ARRIVALS_ASYLUM, ARRIVALS_EM, ARRIVALS_UKRAINE, ARRIVALS_QUOTA, ARRIVALS_CUM,
        AWAITING_DECISION, SETTLEMENT_READY, LONG_WAITERS, LONG_WAIT_SHARE, IN_MOTTAK, IN_CARE_CENTRES,
        IN_PRIVATE, RECEPTION_CAPACITY, OCCUPANCY, SETTLED, SETTLED_CUM, DEPARTED, DEPARTED_CUM, GRANTED,
        REFUSED, REFUSED_AWAITING_DEPARTURE, SETTLED_EM, EM_LONG_WAITERS, READY_0_3M, READY_4_6M, READY_7_12M,
        READY_OVER_12M, BOSETTINGSBEHOV, VEDTATT_YEAR, SETTLED_YEAR, WAIT_MEAN_MONTHS,
        SETTLED_WITHIN_6M_SHARE, SETTLED_UKRAINE, SETTLEMENT_READY_IN_MOTTAK, IN_PROCESSING,
        PROCESSING_BACKLOG, PROCESSING_CAPACITY, DECIDED, PROCESSING_MONTHS_MEAN, CAPACITY_ORDINARY,
        CAPACITY_EMERGENCY, TURNED_18, ANMODET_YEAR, INPUTS, JUSTERING_MOT_OBSERVERT,
        JUSTERING_MOT_OBSERVERT_CUM
    }

    /** municipalities.csv: one row a kommune and year. */
    public enum Municipalities implements Named {
        YEAR, KOMMUNENUMMER, KOMMUNE, FYLKE, ANMODET, ANMODET_EM, VEDTATT, BOSATT, VEDTATT_EM, BOSATT_EM,
        CRITERIA, WEIGHT, RULE_IDS, FOLKEMENGDE
    }

    /** alerts.csv: one row a warning. */
    public enum Alerts implements Named {
        MONTH, RULE_ID, SEVERITY, CLAUSE, SUBJECT, VALUE, THRESHOLD, MESSAGE, RULE_NAME, MESSAGE_EN
    }

    /** costs.csv: one row a year and subject (a kommunenummer, {@link Subjects}). */
    public enum Costs implements Named {
        YEAR, SUBJECT, KOMMUNE, GRANTS_NOK, COSTS_NOK, COVERAGE, RULE_IDS
    }

    /** capacity_orders.csv: one row an order of reception places. */
    public enum CapacityOrders implements Named {
        ORDERED, EFFECTIVE, PLACES, KIND, RULE_ID
    }

    private Columns() {
    }
}

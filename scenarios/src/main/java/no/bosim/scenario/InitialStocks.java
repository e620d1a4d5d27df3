package no.bosim.scenario;

import java.time.YearMonth;
import java.util.List;

/**
 * The people and places in the system on the first day of the month {@code asOf}, which is the
 * scenario's start: who waits at which stage, for how long and where they live, the reception
 * places open, and the place orders already under way.
 *
 * @param stocks          one row per group, stage, range of months waited and housing
 * @param ordinaryPlaces  ordinary reception places (mottak) open on the first day
 * @param emergencyPlaces emergency places (akuttinnkvartering) open on the first day
 * @param ordersUnderWay  place orders given before the start that take effect later
 */
public record InitialStocks(YearMonth asOf, List<Stock> stocks, int ordinaryPlaces, int emergencyPlaces,
                            List<PlaceOrder> ordersUnderWay, Basis basis) {

    public InitialStocks {
        stocks = List.copyOf(stocks);
        ordersUnderWay = List.copyOf(ordersUnderWay);
    }

    /** The stages a person waits at before settlement or departure. */
    public enum Stage {
        /** Waiting for UDI's decision on the application. */
        AWAITING_DECISION("awaiting_decision"),
        /** Refused, waiting to leave (appeal, return). */
        REFUSED("refused"),
        /** Granted and waiting to be settled (bosettingsklar). */
        SETTLEMENT_READY("settlement_ready");

        private final String column;

        Stage(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    /** Where a waiting person lives, as written in stock tables. */
    public enum Housing {
        MOTTAK("mottak"), CARE_CENTRE("care_centre"), PRIVATE("private");

        private final String column;

        Housing(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    /**
     * People of one arrival stream at one stage, who have waited from {@code fromMonths} to
     * {@code toMonths} whole months (inclusive; spread evenly over them), living in {@code housing}.
     * For refused people the months are not counted (both 0).
     */
    public record Stock(Stream stream, Stage stage, int fromMonths, int toMonths, Housing housing, int count,
                        Basis basis, String file, int line) {
    }

    /** A reception order given before the start: places (negative to close) in force from {@code effective}. */
    public record PlaceOrder(YearMonth effective, int places, String kind, Basis basis) {
    }

    /** People in the system on the first day. */
    public long total() {
        long n = 0;
        for (Stock s : stocks) {
            n += s.count();
        }
        return n;
    }
}

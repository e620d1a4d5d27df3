package no.bosim.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The national requests IMDi actually made, with their revisions: for a settlement year, the
 * first row is the request and later rows the revised figures from their month on (2022:
 * 5 500, raised to 35 000 from 2022-03). Years with rows use them; other years are left to the
 * need rules.
 */
public record RequestSeries(List<Row> rows) {

    public RequestSeries {
        rows = List.copyOf(rows);
    }

    public static final RequestSeries NONE = new RequestSeries(List.of());

    /**
     * @param year    the settlement year the figure is for
     * @param from    the month from which the figure is in force (a revision's month)
     * @param anmodet people the kommuner are asked to settle in the year, minors included
     * @param anmodetEm of which unaccompanied minors
     */
    public record Row(int year, YearMonth from, int anmodet, int anmodetEm, Basis basis, int line) {
    }

    public boolean hasYear(int year) {
        return rows.stream().anyMatch(r -> r.year() == year);
    }

    /** The figure for {@code year} in force in {@code month}: its latest row not after the month, else its first. */
    public Optional<Row> inForce(int year, YearMonth month) {
        Row found = null;
        for (Row r : rows) {
            if (r.year() != year) {
                continue;
            }
            if (found == null || !r.from().isAfter(month)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The rows of one year, first the request, then its revisions. */
    public List<Row> ofYear(int year) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.year() == year) {
                out.add(r);
            }
        }
        return out;
    }
}

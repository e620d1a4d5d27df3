package no.bosim.charts;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.bosim.contract.Columns.Alerts;
import no.bosim.contract.Columns.Costs;
import no.bosim.contract.Columns.Municipalities;
import no.bosim.contract.Columns.Timeseries;
import no.bosim.contract.OutputFiles;
import no.bosim.contract.Subjects;
import org.apache.commons.csv.CSVRecord;

/** A run's output folder, read: the monthly series, the kommune-years, the alerts, the costs and the manifest. */
record Results(Path dir, Manifest manifest, List<Month> months, List<KommuneYear> kommuneYears, List<Alert> alerts,
               List<Cost> costs, List<Observed> observed, YearMonth projectionFrom) {

    /**
     * One observed figure within the run (observed.csv, or a backtest's observed column): an
     * indicator's value over a year (drawn at its December) or in a month.
     */
    record Observed(String indicator, String period, double value) {
        YearMonth month() {
            return period.length() == 4 ? YearMonth.of(Integer.parseInt(period), 12) : YearMonth.parse(period);
        }
    }

    /**
     * The last month of replayed history, or null when the whole run is projection: the line between
     * history and projection. A run that records its projection start ({@code projection_from} in the
     * manifest) replays history up to the month before; older folders draw it after the last observation.
     */
    YearMonth historyEnds() {
        YearMonth from = projectionFrom();
        if (from != null) {
            return from.isAfter(months.get(0).month()) && !from.isAfter(months.get(months.size() - 1).month())
                    ? from.minusMonths(1) : null;
        }
        YearMonth last = observed.stream().map(Observed::month).max(YearMonth::compareTo).orElse(null);
        return last != null && last.isBefore(months.get(months.size() - 1).month()) ? last : null;
    }

    /** The first projected month as the manifest records it, or null for a folder written before it did; read once with the folder. */
    private static YearMonth projectionFromOf(Path dir) {
        String from = Manifest.plainFields(dir.resolve(OutputFiles.MANIFEST)).get("projection_from");
        try {
            return from == null ? null : YearMonth.parse(from);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ResultsProblem(dir.resolve(OutputFiles.MANIFEST) + ": projection_from is '" + from + "'; expected YYYY-MM");
        }
    }

    /**
     * The months a run's findings, peaks and key figures are about: from the projection start on. Replayed
     * history is context, drawn beside what was observed, never a finding (all months when nothing is replayed).
     */
    List<Month> projection() {
        YearMonth ends = historyEnds();
        return ends == null ? months : months.stream().filter(m -> m.month().isAfter(ends)).toList();
    }

    /** The alerts of the projection (all of them when nothing is replayed). */
    List<Alert> projectionAlerts() {
        YearMonth ends = historyEnds();
        return ends == null ? alerts : alerts.stream().filter(a -> a.month().isAfter(ends)).toList();
    }

    /** The observations of one indicator. */
    List<Observed> observed(String indicator) {
        return observed.stream().filter(o -> o.indicator().equals(indicator)).toList();
    }

    /** One row of timeseries.csv, as the charts use it. */
    record Month(YearMonth month, double asylum, double em, double ukraine, double quota, double capacity,
                 double inMottak, double occupancy, double ready0to3, double ready4to6, double ready7to12,
                 double readyOver12, double longWaiters, double longWaitShare, double settlementReady, double settled,
                 double settledYear, double need, double vedtatt) {
    }

    /** One row of municipalities.csv. */
    /** @param population the kommune's population that year (NaN in folders written before the column was added) */
    record KommuneYear(int year, String kommunenummer, String fylke, double anmodet, double vedtatt, double bosatt, double population) {
    }

    /** One row of alerts.csv; {@code name} the rule's name in words (the id for a folder written before rule_name). */
    record Alert(YearMonth month, String ruleId, String severity, String clause, String subject, String message, String name,
                 String messageEn) {

        /** The message in {@code lang}: the English one in English where the rule gave it, else the Norwegian. */
        String message(Lang lang) {
            return lang == Lang.EN && messageEn != null && !messageEn.isBlank() ? messageEn : message;
        }
    }

    /** One row of costs.csv. */
    record Cost(int year, String subject, double grants, double costs, double coverage) {
    }

    static Results read(Path dir) {
        Manifest manifest = Manifest.read(dir);
        Table ts = Table.read(dir, OutputFiles.TIMESERIES, Timeseries.MONTH, Timeseries.ARRIVALS_ASYLUM, Timeseries.ARRIVALS_EM, Timeseries.ARRIVALS_UKRAINE,
                Timeseries.ARRIVALS_QUOTA, Timeseries.RECEPTION_CAPACITY, Timeseries.IN_MOTTAK, Timeseries.OCCUPANCY, Timeseries.READY_0_3M, Timeseries.READY_4_6M, Timeseries.READY_7_12M,
                Timeseries.READY_OVER_12M, Timeseries.LONG_WAITERS, Timeseries.LONG_WAIT_SHARE, Timeseries.SETTLEMENT_READY, Timeseries.SETTLED, Timeseries.SETTLED_YEAR,
                Timeseries.BOSETTINGSBEHOV, Timeseries.VEDTATT_YEAR);
        List<Month> months = new ArrayList<>();
        for (CSVRecord r : ts.rows()) {
            YearMonth m;
            try {
                m = YearMonth.parse(ts.text(r, Timeseries.MONTH));
            } catch (java.time.format.DateTimeParseException e) {
                throw new ResultsProblem(dir.resolve(OutputFiles.TIMESERIES) + ":" + (r.getRecordNumber() + 1)
                        + ": month is '" + ts.text(r, Timeseries.MONTH) + "'; expected YYYY-MM");
            }
            months.add(new Month(m, ts.number(r, Timeseries.ARRIVALS_ASYLUM), ts.number(r, Timeseries.ARRIVALS_EM),
                    ts.number(r, Timeseries.ARRIVALS_UKRAINE), ts.number(r, Timeseries.ARRIVALS_QUOTA), ts.number(r, Timeseries.RECEPTION_CAPACITY),
                    ts.number(r, Timeseries.IN_MOTTAK), ts.number(r, Timeseries.OCCUPANCY), ts.number(r, Timeseries.READY_0_3M),
                    ts.number(r, Timeseries.READY_4_6M), ts.number(r, Timeseries.READY_7_12M), ts.number(r, Timeseries.READY_OVER_12M),
                    ts.number(r, Timeseries.LONG_WAITERS), ts.number(r, Timeseries.LONG_WAIT_SHARE), ts.number(r, Timeseries.SETTLEMENT_READY),
                    ts.number(r, Timeseries.SETTLED), ts.number(r, Timeseries.SETTLED_YEAR), ts.number(r, Timeseries.BOSETTINGSBEHOV),
                    ts.number(r, Timeseries.VEDTATT_YEAR)));
        }
        if (months.isEmpty()) {
            throw new ResultsProblem(dir.resolve(OutputFiles.TIMESERIES) + ": has no months");
        }
        Table ky = Table.read(dir, OutputFiles.MUNICIPALITIES, Municipalities.YEAR, Municipalities.KOMMUNENUMMER, Municipalities.FYLKE, Municipalities.ANMODET, Municipalities.VEDTATT, Municipalities.BOSATT);
        List<KommuneYear> kommuneYears = new ArrayList<>();
        boolean population = ky.has(Municipalities.FOLKEMENGDE);
        for (CSVRecord r : ky.rows()) {
            kommuneYears.add(new KommuneYear((int) ky.number(r, Municipalities.YEAR), ky.text(r, Municipalities.KOMMUNENUMMER), ky.text(r, Municipalities.FYLKE),
                    ky.number(r, Municipalities.ANMODET), ky.number(r, Municipalities.VEDTATT), ky.number(r, Municipalities.BOSATT),
                    population ? ky.number(r, Municipalities.FOLKEMENGDE) : Double.NaN));
        }
        Table al = Table.read(dir, OutputFiles.ALERTS, Alerts.MONTH, Alerts.RULE_ID, Alerts.SEVERITY, Alerts.CLAUSE, Alerts.SUBJECT, Alerts.MESSAGE);
        List<Alert> alerts = new ArrayList<>();
        for (CSVRecord r : al.rows()) {
            String name = al.has(Alerts.RULE_NAME) && !al.text(r, Alerts.RULE_NAME).isBlank() ? al.text(r, Alerts.RULE_NAME) : al.text(r, Alerts.RULE_ID);
            alerts.add(new Alert(YearMonth.parse(al.text(r, Alerts.MONTH)), al.text(r, Alerts.RULE_ID), al.text(r, Alerts.SEVERITY),
                    al.text(r, Alerts.CLAUSE), al.text(r, Alerts.SUBJECT), al.text(r, Alerts.MESSAGE), name,
                    al.has(Alerts.MESSAGE_EN) ? al.text(r, Alerts.MESSAGE_EN) : ""));
        }
        List<Cost> costs = new ArrayList<>();
        if (java.nio.file.Files.exists(dir.resolve(OutputFiles.COSTS))) {
            Table co = Table.read(dir, OutputFiles.COSTS, Costs.YEAR, Costs.SUBJECT, Costs.GRANTS_NOK, Costs.COSTS_NOK, Costs.COVERAGE);
            for (CSVRecord r : co.rows()) {
                costs.add(new Cost((int) co.number(r, Costs.YEAR), co.text(r, Costs.SUBJECT), co.number(r, Costs.GRANTS_NOK),
                        co.number(r, Costs.COSTS_NOK), co.number(r, Costs.COVERAGE)));
            }
        }
        return new Results(dir, manifest, months, kommuneYears, alerts, costs, observed(dir), projectionFromOf(dir));
    }

    /** observed.csv of a run, or the observed column of a backtest's table; none for other folders. */
    private static List<Observed> observed(Path dir) {
        List<Observed> out = new ArrayList<>();
        boolean run = java.nio.file.Files.exists(dir.resolve(OutputFiles.OBSERVED));
        if (!run && !java.nio.file.Files.exists(dir.resolve(OutputFiles.BACKTEST))) {
            return out;
        }
        String file = run ? OutputFiles.OBSERVED : OutputFiles.BACKTEST;
        String value = run ? "value" : "observed";
        Table t = Table.read(dir, file, List.of("indicator", "period", value));
        for (CSVRecord r : t.rows()) {
            String period = t.text(r, "period");
            if (!period.matches("\\d{4}(-(0[1-9]|1[0-2]))?")) {
                throw new ResultsProblem(dir.resolve(file) + ":" + (r.getRecordNumber() + 1) + ": period is '" + period
                        + "'; expected YYYY or YYYY-MM");
            }
            out.add(new Observed(t.text(r, "indicator"), period, t.number(r, value)));
        }
        return out;
    }

    /** The country's cost rows, one per year. */
    List<Cost> nationalCosts() {
        return costs.stream().filter(c -> c.subject().equals(Subjects.NATIONAL)).toList();
    }
}

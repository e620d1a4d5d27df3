package no.bosim.charts;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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
        String from = Manifest.plainFields(dir.resolve("manifest.json")).get("projection_from");
        try {
            return from == null ? null : YearMonth.parse(from);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ResultsProblem(dir.resolve("manifest.json") + ": projection_from is '" + from + "'; expected YYYY-MM");
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
        Table ts = Table.read(dir, "timeseries.csv", List.of("month", "arrivals_asylum", "arrivals_em", "arrivals_ukraine",
                "arrivals_quota", "reception_capacity", "in_mottak", "occupancy", "ready_0_3m", "ready_4_6m", "ready_7_12m",
                "ready_over_12m", "long_waiters", "long_wait_share", "settlement_ready", "settled", "settled_year",
                "bosettingsbehov", "vedtatt_year"));
        List<Month> months = new ArrayList<>();
        for (CSVRecord r : ts.rows()) {
            YearMonth m;
            try {
                m = YearMonth.parse(ts.text(r, "month"));
            } catch (java.time.format.DateTimeParseException e) {
                throw new ResultsProblem(dir.resolve("timeseries.csv") + ":" + (r.getRecordNumber() + 1)
                        + ": month is '" + ts.text(r, "month") + "'; expected YYYY-MM");
            }
            months.add(new Month(m, ts.number(r, "arrivals_asylum"), ts.number(r, "arrivals_em"),
                    ts.number(r, "arrivals_ukraine"), ts.number(r, "arrivals_quota"), ts.number(r, "reception_capacity"),
                    ts.number(r, "in_mottak"), ts.number(r, "occupancy"), ts.number(r, "ready_0_3m"),
                    ts.number(r, "ready_4_6m"), ts.number(r, "ready_7_12m"), ts.number(r, "ready_over_12m"),
                    ts.number(r, "long_waiters"), ts.number(r, "long_wait_share"), ts.number(r, "settlement_ready"),
                    ts.number(r, "settled"), ts.number(r, "settled_year"), ts.number(r, "bosettingsbehov"),
                    ts.number(r, "vedtatt_year")));
        }
        if (months.isEmpty()) {
            throw new ResultsProblem(dir.resolve("timeseries.csv") + ": has no months");
        }
        Table ky = Table.read(dir, "municipalities.csv", List.of("year", "kommunenummer", "fylke", "anmodet", "vedtatt", "bosatt"));
        List<KommuneYear> kommuneYears = new ArrayList<>();
        boolean population = ky.columns().contains("folkemengde");
        for (CSVRecord r : ky.rows()) {
            kommuneYears.add(new KommuneYear((int) ky.number(r, "year"), ky.text(r, "kommunenummer"), ky.text(r, "fylke"),
                    ky.number(r, "anmodet"), ky.number(r, "vedtatt"), ky.number(r, "bosatt"),
                    population ? ky.number(r, "folkemengde") : Double.NaN));
        }
        Table al = Table.read(dir, "alerts.csv", List.of("month", "rule_id", "severity", "clause", "subject", "message"));
        List<Alert> alerts = new ArrayList<>();
        for (CSVRecord r : al.rows()) {
            String name = r.isMapped("rule_name") && !r.get("rule_name").isBlank() ? r.get("rule_name") : al.text(r, "rule_id");
            alerts.add(new Alert(YearMonth.parse(al.text(r, "month")), al.text(r, "rule_id"), al.text(r, "severity"),
                    al.text(r, "clause"), al.text(r, "subject"), al.text(r, "message"), name,
                    r.isMapped("message_en") ? r.get("message_en") : ""));
        }
        List<Cost> costs = new ArrayList<>();
        if (java.nio.file.Files.exists(dir.resolve("costs.csv"))) {
            Table co = Table.read(dir, "costs.csv", List.of("year", "subject", "grants_nok", "costs_nok", "coverage"));
            for (CSVRecord r : co.rows()) {
                costs.add(new Cost((int) co.number(r, "year"), co.text(r, "subject"), co.number(r, "grants_nok"),
                        co.number(r, "costs_nok"), co.number(r, "coverage")));
            }
        }
        return new Results(dir, manifest, months, kommuneYears, alerts, costs, observed(dir), projectionFromOf(dir));
    }

    /** observed.csv of a run, or the observed column of a backtest's table; none for other folders. */
    private static List<Observed> observed(Path dir) {
        List<Observed> out = new ArrayList<>();
        boolean run = java.nio.file.Files.exists(dir.resolve("observed.csv"));
        if (!run && !java.nio.file.Files.exists(dir.resolve("backtest.csv"))) {
            return out;
        }
        String file = run ? "observed.csv" : "backtest.csv";
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
        return costs.stream().filter(c -> c.subject().equals("0000")).toList();
    }
}

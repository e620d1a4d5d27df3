package no.bosim.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.bosim.contract.OutputFiles;
import org.apache.commons.csv.CSVPrinter;
import no.bosim.scenario.Assumptions;
import no.bosim.scenario.ScenarioLoader;
import no.bosim.simulator.RunResult;

/** Writes a run's results as the output contract describes, into an {@link OutputFolder}. */
public final class ResultsWriter {

    public static final List<String> FILES = List.of(OutputFiles.TIMESERIES, OutputFiles.MUNICIPALITIES, OutputFiles.ALERTS,
            OutputFiles.COSTS, OutputFiles.CAPACITY_ORDERS, OutputFiles.MANIFEST, "charts", OutputFiles.BRIEFING, OutputFiles.WORKBOOK,
            OutputFiles.REPORT, OutputFiles.OBSERVED);

    private ResultsWriter() {
    }

    /**
     * Stages the contract files and the manifest (the caller draws charts into the staging folder,
     * then commits) and returns the staging folder.
     *
     * @param ruleHashes the rule files in force and their SHA-256, for the manifest
     */
    public static Path write(RunResult run, OutputFolder out, CsvDialect dialect, Map<String, String> ruleHashes) {
        try {
            csv(out.stage(OutputFiles.TIMESERIES), dialect, Contract.TIMESERIES_COLUMNS, run.months());
            csv(out.stage(OutputFiles.MUNICIPALITIES), dialect, Contract.MUNICIPALITY_COLUMNS, run.kommuneYears());
            csv(out.stage(OutputFiles.ALERTS), dialect, Contract.ALERT_COLUMNS, run.alerts());
            csv(out.stage(OutputFiles.COSTS), dialect, Contract.COST_COLUMNS, costRows(run));
            csv(out.stage(OutputFiles.CAPACITY_ORDERS), dialect, Contract.CAPACITY_ORDER_COLUMNS, run.capacityOrders());
            out.manifest(OutputFiles.MANIFEST, manifest(run, dialect, ruleHashes));
            return out.work();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> void csv(Path file, CsvDialect dialect, List<Column<T>> columns, List<T> rows) throws IOException {
        try (CSVPrinter printer = dialect.printer(file)) {
            printer.printRecord(columns.stream().map(Column::name).toList());
            List<String> cells = new ArrayList<>(columns.size());
            for (T row : rows) {
                cells.clear();
                for (Column<T> c : columns) {
                    cells.add(dialect.format(c.value().apply(row)));
                }
                printer.printRecord(cells);
            }
        }
    }

    private static List<Contract.CostRow> costRows(RunResult run) {
        Map<String, String> names = new java.util.HashMap<>();
        run.scenario().municipalities().forEach(m -> names.put(m.kommunenummer(), m.kommune()));
        names.put(no.bosim.rules.CostAssessment.NATIONAL, "Hele landet");
        names.put(no.bosim.rules.CostAssessment.HOST, "Vertskommuner (mottak)");
        List<Contract.CostRow> rows = new ArrayList<>();
        for (no.bosim.rules.CostAssessment a : run.costs()) {
            for (no.bosim.rules.CostAssessment.Row r : a.rows()) {
                rows.add(new Contract.CostRow(a.year(), r.subject(), names.getOrDefault(r.subject(), ""), r.grantsNok(),
                        r.costsNok(), r.coverage(), r.ruleIds()));
            }
        }
        return rows;
    }

    /**
     * Input files as the manifest records them: relative to the folder of the scenario file run
     * (that file by its name alone), so a manifest holds no absolute path of the machine that made it.
     */
    static List<String> relative(List<String> files, List<String> chain) {
        String top = chain.get(0);
        if (top.startsWith("embedded:")) {
            return files;
        }
        Path topDir = Path.of(top).toAbsolutePath().normalize().getParent();
        return files.stream().map(f -> f.startsWith("embedded:") ? f
                : topDir.relativize(Path.of(f).toAbsolutePath().normalize()).toString().replace('\\', '/')).toList();
    }

    /** The names of the rules this run's files name (municipalities, costs, alerts), by id, in id order. */
    static Map<String, Object> ruleNamesUsed(RunResult run, Map<String, String> names) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        run.kommuneYears().forEach(k -> ids.addAll(List.of(k.ruleIds().split(" "))));
        run.costs().forEach(c -> c.rows().forEach(r -> ids.addAll(List.of(r.ruleIds().split(" ")))));
        run.alerts().forEach(a -> ids.add(a.ruleId()));
        Map<String, Object> out = new LinkedHashMap<>();
        ids.stream().filter(names::containsKey).forEach(id -> out.put(id, names.get(id)));
        return out;
    }

    static Map<String, Object> manifest(RunResult run, CsvDialect dialect, Map<String, String> ruleHashes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bosim_version", Version.get());
        m.put("scenario", run.scenario().name());
        m.put("scenario_description", run.scenario().description());
        if (run.scenario().title() != null) {
            m.put("scenario_title", run.scenario().title());
        }
        if (run.scenario().titleNb() != null) {
            m.put("scenario_title_nb", run.scenario().titleNb());
        }
        m.put("scenario_chain", relative(run.scenario().chain(), run.scenario().chain()));
        m.put("scenario_sha256", run.scenario().sha256());
        m.put("scenario_inputs", relative(run.scenario().inputs(), run.scenario().chain()));
        m.put("seed", run.scenario().seed());
        m.put("mode", ScenarioLoader.modeName(run.scenario().mode()));
        m.put("start", run.scenario().start().toString());
        m.put("end", run.scenario().end().toString());
        m.put("criteria", run.scenario().criteria().toString());
        m.put("settlement_order", run.settlementOrder());
        m.put("policy", run.policy());
        m.put("rule_files_sha256", new LinkedHashMap<>(ruleHashes));
        m.put("rule_names", ruleNamesUsed(run, run.ruleNames()));
        m.put("rule_names_en", ruleNamesUsed(run, run.ruleNamesEn()));
        m.put("csv_dialect", dialect.name().toLowerCase(java.util.Locale.ROOT));
        m.put("initial_population", new LinkedHashMap<>(new java.util.TreeMap<>(run.initialPopulation())));
        m.put("initial_population_total", run.initialTotal());
        m.put("initial_as_of", run.scenario().initial().asOf().toString());
        m.put("assumptions", Assumptions.inForce(run.scenario()));
        m.put("assumptions_nb", Assumptions.sentences(run.scenario(), "nb"));
        m.put("assumptions_en", Assumptions.sentences(run.scenario(), "en"));
        m.put("sources", Assumptions.sourcesInForce(run.scenario()));
        m.put("sources_nb", Assumptions.sourcesInForce(run.scenario(), "nb"));
        if (run.scenario().descriptionNb() != null) {
            m.put("scenario_description_nb", run.scenario().descriptionNb());
        }
        Map<String, Object> params = new java.util.TreeMap<>();
        run.scenario().parameters().all().values().forEach(p -> p.inForce(run.scenario().start())
                .ifPresent(v -> params.put(p.name(), v.value())));
        m.put("parameters_at_start", params);
        m.put("parameters_changing", changing(run.scenario()));
        // Appended: one timeline. The month the projection starts (the start when nothing is replayed), and the
        // adjustment of the replayed stocks to observed ones there, stock by stock, as a flow in people.
        m.put("projection_from", run.scenario().projectionFrom().toString());
        List<Map<String, Object>> adjusted = new java.util.ArrayList<>();
        for (var a : run.adjustments()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("flow", "justering_mot_observert");
            row.put("stock", a.anchor().stock());
            row.put("month", a.month().toString());
            row.put("replayed", a.replayed());
            row.put("observed", a.observed());
            row.put("people", a.people());
            row.put("basis", String.valueOf(a.anchor().basis()));
            adjusted.add(row);
        }
        m.put("adjustments", adjusted);
        // What the projection rests on: the month the observed inputs reach, and the assumption that continues
        // the arrivals after their last observed month, for the findings to name.
        if (run.scenario().replaysHistory()) {
            m.put("data_per", run.scenario().projectionFrom().minusMonths(1).toString());
        }
        no.bosim.scenario.DataSeries arrivals = no.bosim.scenario.DataSeries.arrivals(run.scenario().arrivals());
        if (arrivals.observedTo() != null && arrivals.observedTo().isBefore(run.scenario().end())) {
            m.put("arrivals_observed_to", arrivals.observedTo().toString());
            m.put("arrivals_continued_by", arrivals.continuedBy());
            m.put("arrivals_continued_by_nb", arrivals.continuedByNb());
        }
        return m;
    }

    /**
     * The parameters whose value changes during the run, each as its values in force from the
     * start on ({@code {"from": "YYYY-MM", "value": x}}), so charts draw thresholds as they were.
     */
    private static Map<String, Object> changing(no.bosim.scenario.Scenario s) {
        Map<String, Object> out = new java.util.TreeMap<>();
        for (no.bosim.scenario.Parameter p : s.parameters().all().values()) {
            List<Map<String, Object>> steps = new java.util.ArrayList<>();
            p.inForce(s.start()).ifPresent(v -> steps.add(step(s.start().toString(), v.value())));
            for (no.bosim.scenario.DatedValue v : p.values()) {
                boolean inside = v.from().isAfter(s.start()) && !v.from().isAfter(s.end());
                // A new value with a new source but the same number is no step.
                if (inside && (steps.isEmpty() || (double) steps.get(steps.size() - 1).get("value") != v.value())) {
                    steps.add(step(v.from().toString(), v.value()));
                }
            }
            if (steps.size() > 1) {
                out.put(p.name(), steps);
            }
        }
        return out;
    }

    private static Map<String, Object> step(String from, double value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from);
        m.put("value", value);
        return m;
    }
}

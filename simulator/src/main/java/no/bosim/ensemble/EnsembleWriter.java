package no.bosim.ensemble;

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
import no.bosim.results.CsvDialect;
import no.bosim.results.OutputFolder;

/** Writes an ensemble's percentiles, warning probabilities and per-run indicator percentiles. */
public final class EnsembleWriter {

    public static final String PERCENTILES = OutputFiles.ENSEMBLE;
    public static final String WARNINGS = OutputFiles.WARNING_PROBABILITY;
    public static final String INDICATORS = OutputFiles.ENSEMBLE_INDICATORS;
    public static final String MANIFEST = OutputFiles.ENSEMBLE_MANIFEST;
    public static final List<String> FILES = List.of(PERCENTILES, WARNINGS, INDICATORS, MANIFEST, "charts",
            OutputFiles.WORKBOOK, OutputFiles.REPORT, OutputFiles.BRIEFING);
    public static final double[] LEVELS = {0.05, 0.25, 0.50, 0.75, 0.95};

    private EnsembleWriter() {
    }

    public static Path write(Ensemble.Result e, OutputFolder out, CsvDialect dialect) {
        try {
            try (CSVPrinter p = dialect.printer(out.stage(PERCENTILES))) {
                p.printRecord("month", "series", "mean", "p5", "p25", "p50", "p75", "p95");
                for (int s = 0; s < Ensemble.SERIES.size(); s++) {
                    for (int m = 0; m < e.months().length; m++) {
                        float[] v = e.values()[s][m].clone();
                        java.util.Arrays.sort(v);
                        double mean = 0;
                        int counted = 0;
                        for (float x : v) {
                            if (!Float.isNaN(x)) {
                                mean += x;
                                counted++;
                            }
                        }
                        List<String> row = new ArrayList<>(List.of(e.months()[m].toString(), Ensemble.SERIES.get(s).name(),
                                dialect.format(counted == 0 ? Double.NaN : mean / counted)));
                        for (double level : LEVELS) {
                            row.add(dialect.format(Quantiles.of(v, level)));
                        }
                        p.printRecord(row);
                    }
                }
            }
            try (CSVPrinter p = dialect.printer(out.stage(WARNINGS))) {
                p.printRecord("month", "rule_id", "probability", "runs_with_warning", "runs");
                for (int m = 0; m < e.months().length; m++) {
                    for (Map.Entry<String, int[]> w : e.warned().entrySet()) {
                        p.printRecord(e.months()[m].toString(), w.getKey(), dialect.format((double) w.getValue()[m] / e.runs()),
                                w.getValue()[m], e.runs());
                    }
                }
            }
            try (CSVPrinter p = dialect.printer(out.stage(INDICATORS))) {
                p.printRecord("indicator", "mean", "p5", "p25", "p50", "p75", "p95");
                for (int k = 0; k < Ensemble.INDICATORS.size(); k++) {
                    double mean = java.util.Arrays.stream(e.indicators()[k]).average().orElse(0);
                    List<String> row = new ArrayList<>(List.of(Ensemble.INDICATORS.get(k).name(), dialect.format(mean)));
                    for (double level : LEVELS) {
                        row.add(dialect.format(e.indicatorQuantile(k, level)));
                    }
                    p.printRecord(row);
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("bosim_version", no.bosim.results.Version.get());
            m.put("scenario", e.scenario().name());
            m.put("scenario_sha256", e.scenario().sha256());
            m.put("seed", e.scenario().seed());
            m.put("runs", e.runs());
            m.put("start", e.scenario().start().toString());
            m.put("end", e.scenario().end().toString());
            m.put("criteria", e.scenario().criteria().toString());
            m.put("run_seeds", "run i uses Ensemble.seedOf(seed, i)");
            // Appended: where the runs' shared replay of history ends and their draws begin (the start when nothing is replayed).
            m.put("projection_from", e.scenario().projectionFrom().toString());
            Map<String, Object> names = new java.util.TreeMap<>();
            e.warned().keySet().stream().filter(e.ruleNames()::containsKey).forEach(id -> names.put(id, e.ruleNames().get(id)));
            m.put("rule_names", names);
            Map<String, Object> namesEn = new java.util.TreeMap<>();
            e.warned().keySet().stream().filter(e.ruleNamesEn()::containsKey).forEach(id -> namesEn.put(id, e.ruleNamesEn().get(id)));
            m.put("rule_names_en", namesEn);
            // What every run rests on, for the ensemble's briefing and report (as in a run's manifest).
            m.put("assumptions", no.bosim.scenario.Assumptions.inForce(e.scenario()));
            m.put("assumptions_nb", no.bosim.scenario.Assumptions.sentences(e.scenario(), "nb"));
            m.put("assumptions_en", no.bosim.scenario.Assumptions.sentences(e.scenario(), "en"));
            m.put("sources", no.bosim.scenario.Assumptions.sourcesInForce(e.scenario()));
            m.put("sources_nb", no.bosim.scenario.Assumptions.sourcesInForce(e.scenario(), "nb"));
            out.manifest(MANIFEST, m);
            return out.work();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}

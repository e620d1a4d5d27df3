package no.bosim.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.bosim.contract.IndicatorKeys;
import no.bosim.contract.OutputFiles;
import org.apache.commons.csv.CSVPrinter;
import no.bosim.results.CsvDialect;
import no.bosim.results.OutputFolder;
import no.bosim.scenario.Sweep;

/**
 * Writes a sweep's results: {@code sweep.csv} (a row per point: its inputs, then each indicator's
 * mean, P5, P50 and P95 over the point's runs), {@code indices.csv} (one-at-a-time: each input's
 * swing per indicator; Sobol': first-order and total indices with 95 % intervals; a grid has none,
 * its points are the result) and the manifest {@code sweep.json}. The points are written in their
 * order whatever order they finished in, so any runner gives the same bytes.
 */
public final class SweepWriter {

    public static final String TABLE = OutputFiles.SWEEP;
    public static final String INDICES = OutputFiles.SWEEP_INDICES;
    public static final String MANIFEST = OutputFiles.SWEEP_MANIFEST;
    public static final List<String> FILES = List.of(TABLE, INDICES, MANIFEST, "charts", OutputFiles.BRIEFING, OutputFiles.REPORT);

    private SweepWriter() {
    }

    /**
     * @param summaries every point's summary (any order)
     * @param ruleHashes the rule files in force, for the manifest
     */
    public static void write(Sweep sweep, List<Indicators.Indicator> indicators, List<PointRunner.Summary> summaries,
                             Map<String, String> ruleHashes, Map<String, String> ruleNames, Map<String, String> ruleNamesEn,
                             OutputFolder out, CsvDialect dialect) {
        List<Design.Point> points = Design.of(sweep);
        PointRunner.Summary[] byIndex = new PointRunner.Summary[points.size()];
        summaries.forEach(s -> byIndex[s.index()] = s);
        for (int p = 0; p < byIndex.length; p++) {
            if (byIndex[p] == null) {
                throw new IllegalStateException("point " + p + " of the sweep has no result");
            }
        }
        try {
            table(sweep, indicators, points, byIndex, out, dialect);
            if (sweep.design().kind() != Sweep.Kind.GRID) {
                indices(sweep, indicators, byIndex, out, dialect);
            }
            out.manifest(MANIFEST, manifest(sweep, indicators, ruleHashes, ruleNames, ruleNamesEn));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(Sweep sweep, List<Indicators.Indicator> indicators, List<Design.Point> points,
                              PointRunner.Summary[] byIndex, OutputFolder out, CsvDialect dialect) throws IOException {
        try (CSVPrinter p = dialect.printer(out.stage(TABLE))) {
            List<String> header = new ArrayList<>(List.of("point", "role"));
            sweep.inputs().forEach(i -> header.add(i.name()));
            for (Indicators.Indicator ind : indicators) {
                for (String q : List.of("mean", "p5", "p50", "p95")) {
                    header.add(ind.name() + "_" + q);
                }
            }
            p.printRecord(header);
            for (Design.Point pt : points) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(pt.index()), pt.role()));
                for (int i = 0; i < sweep.inputs().size(); i++) {
                    Sweep.Input in = sweep.inputs().get(i);
                    row.add(in.categorical() ? in.shown(pt.values()[i]) : dialect.format(pt.values()[i]));
                }
                PointRunner.Summary s = byIndex[pt.index()];
                for (int k = 0; k < indicators.size(); k++) {
                    row.add(dialect.format(s.mean()[k]));
                    row.add(dialect.format(s.p5()[k]));
                    row.add(dialect.format(s.p50()[k]));
                    row.add(dialect.format(s.p95()[k]));
                }
                p.printRecord(row);
            }
        }
    }

    private static void indices(Sweep sweep, List<Indicators.Indicator> indicators, PointRunner.Summary[] byIndex,
                                OutputFolder out, CsvDialect dialect) throws IOException {
        List<Sweep.Input> in = sweep.inputs();
        try (CSVPrinter p = dialect.printer(out.stage(INDICES))) {
            if (sweep.design().kind() == Sweep.Kind.OAT) {
                p.printRecord("indicator", "input", "low", "high", "value_base", "value_low", "value_high", "swing");
                for (int k = 0; k < indicators.size(); k++) {
                    double base = byIndex[0].mean()[k];
                    for (int i = 0; i < in.size(); i++) {
                        Sweep.Input x = in.get(i);
                        double low = byIndex[1 + 2 * i].mean()[k];
                        double high = byIndex[2 + 2 * i].mean()[k];
                        p.printRecord(indicators.get(k).name(), x.name(),
                                x.categorical() ? x.choices().get(0) : dialect.format(x.low()),
                                x.categorical() ? x.choices().get(x.choices().size() - 1) : dialect.format(x.high()),
                                dialect.format(base), dialect.format(low), dialect.format(high), dialect.format(Math.abs(high - low)));
                    }
                }
            } else {
                p.printRecord("indicator", "input", "first_order", "first_order_low", "first_order_high", "total", "total_low",
                        "total_high");
                int n = sweep.design().samples();
                for (int k = 0; k < indicators.size(); k++) {
                    double[] fA = new double[n];
                    double[] fB = new double[n];
                    double[][] fAB = new double[in.size()][n];
                    for (int j = 0; j < n; j++) {
                        fA[j] = byIndex[j].mean()[k];
                        fB[j] = byIndex[n + j].mean()[k];
                        for (int i = 0; i < in.size(); i++) {
                            fAB[i][j] = byIndex[(2 + i) * n + j].mean()[k];
                        }
                    }
                    SobolIndices.Index[] idx = SobolIndices.of(fA, fB, fAB, sweep.design().bootstrap(), sweep.seed() + k);
                    for (int i = 0; i < in.size(); i++) {
                        SobolIndices.Index x = idx[i];
                        p.printRecord(indicators.get(k).name(), in.get(i).name(), dialect.format(x.first()), dialect.format(x.firstLow()),
                                dialect.format(x.firstHigh()), dialect.format(x.total()), dialect.format(x.totalLow()),
                                dialect.format(x.totalHigh()));
                    }
                }
            }
        }
    }

    static Map<String, Object> manifest(Sweep sweep, List<Indicators.Indicator> indicators, Map<String, String> ruleHashes,
                                        Map<String, String> ruleNames, Map<String, String> ruleNamesEn) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bosim_version", no.bosim.results.Version.get());
        m.put("sweep", sweep.name());
        m.put("sweep_description", sweep.description());
        if (sweep.descriptionNb() != null) {
            m.put("sweep_description_nb", sweep.descriptionNb());
        }
        m.put("sweep_file", sweep.file());
        m.put("sweep_sha256", sweep.sha256());
        m.put("scenario", sweep.scenario().name());
        m.put("scenario_sha256", sweep.scenario().sha256());
        m.put("start", sweep.scenario().start().toString());
        m.put("end", sweep.scenario().end().toString());
        m.put("design", sweep.design().kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("samples", sweep.design().samples());
        m.put("levels", sweep.design().levels());
        m.put("bootstrap", sweep.design().bootstrap());
        m.put("points", sweep.points());
        m.put("runs_per_point", sweep.runsPerPoint());
        m.put("runs", sweep.runs());
        m.put("seed", sweep.seed());
        m.put("run_seeds", "run i of every point uses Ensemble.seedOf(seed, i): common random numbers");
        List<String> inputs = new ArrayList<>();
        List<String> inputsNb = new ArrayList<>();
        for (Sweep.Input i : sweep.inputs()) {
            inputs.add(i.name() + ": " + describe(i, false));
            inputsNb.add(i.name() + ": " + describe(i, true));
        }
        m.put("inputs", inputs);
        m.put("inputs_nb", inputsNb);
        m.put("indicators", indicators.stream().map(Indicators.Indicator::name).toList());
        m.put("rule_files_sha256", new LinkedHashMap<>(ruleHashes));
        // The warnings the indicators count, by name, so the briefing and the report name them as a run's do.
        m.put("rule_names", namesOfWarnings(indicators, ruleNames));
        m.put("rule_names_en", namesOfWarnings(indicators, ruleNamesEn));
        return m;
    }

    private static Map<String, Object> namesOfWarnings(List<Indicators.Indicator> indicators, Map<String, String> names) {
        Map<String, Object> out = new java.util.TreeMap<>();
        for (Indicators.Indicator i : indicators) {
            String id = IndicatorKeys.warningOf(i.name());
            if (id != null && names.containsKey(id)) {
                out.put(id, names.get(id));
            }
        }
        return out;
    }

    /** A value of an input as the language writes it: 0,95 and 1,3 in Norwegian, 0.95 and 1.3 in English. */
    static String number(double v, boolean nb) {
        String plain = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return nb ? plain.replace('.', ',') : plain;
    }

    /** An input in words, for the manifest, in Norwegian or English. */
    static String describe(Sweep.Input i, boolean nb) {
        String from = i.from() == null ? "" : (nb ? " fra " : " from ") + i.from();
        String range = number(i.low(), nb) + (nb ? " til " : " to ") + number(i.high(), nb);
        return switch (i.target()) {
            case PARAMETER_SCALE -> (nb ? "parameteren " : "parameter ") + i.parameter() + (nb ? " ganget med " : " times ") + range + from;
            case PARAMETER_VALUE -> (nb ? "parameteren " : "parameter ") + i.parameter() + " = " + range + from + (nb ? " (basis " : " (base ")
                    + number(i.base(), nb) + ")";
            case ARRIVALS_SCALE -> (nb ? "ankomstene ganget med " : "arrivals times ") + range + from;
            case CRITERIA -> (nb ? "kriteriesettet " : "criteria ") + String.join(nb ? " eller " : " or ", i.choices()) + from;
            case ARRIVALS_FILE -> (nb ? "ankomstbanen " : "arrival path ") + String.join(nb ? " eller " : " or ", i.choices());
        };
    }
}

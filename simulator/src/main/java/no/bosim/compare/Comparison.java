package no.bosim.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import no.bosim.contract.IndicatorKeys;
import no.bosim.contract.OutputFiles;
import org.apache.commons.csv.CSVPrinter;
import no.bosim.results.CsvDialect;
import no.bosim.rules.Alert;
import no.bosim.rules.CostAssessment;
import no.bosim.simulator.KommuneYearRecord;
import no.bosim.simulator.MonthRecord;
import no.bosim.simulator.RunResult;

/**
 * Runs set side by side. The first is the reference: every other column has its difference
 * from the first beside it. Indicators are computed from each run's results, the same figures
 * its own output files hold.
 */
public final class Comparison {

    public static final String TABLE = OutputFiles.COMPARISON;
    public static final String COUNTIES = OutputFiles.COMPARISON_COUNTIES;
    public static final String KOMMUNER = OutputFiles.COMPARISON_KOMMUNER;
    /** How many kommuner the per-kommune table lists for each scenario against the first. */
    public static final int TOP_KOMMUNER = 10;

    private final List<RunResult> runs;

    public Comparison(List<RunResult> runs) {
        if (runs.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two runs");
        }
        this.runs = List.copyOf(runs);
    }

    /** What a comparison folder's comparison.json holds: which scenarios, with which seed (each subfolder has its own full manifest). */
    public static java.util.Map<String, Object> manifest(List<no.bosim.scenario.Scenario> scenarios, long seed, Integer runs) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("bosim_version", no.bosim.results.Version.get());
        m.put("scenarios", scenarios.stream().map(no.bosim.scenario.Scenario::name).toList());
        m.put("scenario_sha256", scenarios.stream().map(no.bosim.scenario.Scenario::sha256).toList());
        m.put("seed", seed);
        if (runs != null) {
            m.put("runs", runs);
        }
        return m;
    }

    /** One indicator for every run, in run order. */
    public record Row(String indicator, String unit, String year, double[] values) {
    }

    public List<Row> indicators() {
        List<Row> rows = new ArrayList<>();
        rows.add(row("peak_in_mottak", "persons", "", r -> r.months().stream().mapToInt(MonthRecord::inMottak).max().orElse(0)));
        rows.add(row("peak_settlement_ready", "persons", "", r -> r.months().stream().mapToInt(MonthRecord::settlementReady).max().orElse(0)));
        rows.add(row("peak_long_waiters", "persons", "", r -> r.months().stream().mapToInt(MonthRecord::longWaiters).max().orElse(0)));
        rows.add(row("max_long_wait_share", "share", "", r -> r.months().stream().mapToDouble(MonthRecord::longWaitShare).max().orElse(0)));
        rows.add(row("months_over_long_wait_threshold", "months", "", Comparison::monthsOverThreshold));
        rows.add(row("peak_reception_capacity", "places", "", r -> r.months().stream().mapToInt(MonthRecord::receptionCapacity).max().orElse(0)));
        rows.add(row("settled_total", "persons", "", r -> r.months().get(r.months().size() - 1).settledCum()));
        TreeSet<Integer> years = new TreeSet<>();
        runs.forEach(r -> r.months().forEach(m -> years.add(m.month().getYear())));
        for (int y : years) {
            String ys = String.valueOf(y);
            rows.add(row("bosettingsbehov", "persons", ys, r -> yearEnd(r, y) == null ? Double.NaN : yearEnd(r, y).bosettingsbehov()));
            rows.add(row("anmodet", "persons", ys, r -> r.kommuneYears().stream().filter(k -> k.year() == y).mapToInt(KommuneYearRecord::anmodet).sum()));
            rows.add(row("vedtatt", "persons", ys, r -> r.kommuneYears().stream().filter(k -> k.year() == y).mapToInt(KommuneYearRecord::vedtatt).sum()));
            rows.add(row("settled", "persons", ys, r -> yearEnd(r, y) == null ? Double.NaN : yearEnd(r, y).settledYear()));
            rows.add(row("settled_of_need", "share", ys, r -> {
                MonthRecord e = yearEnd(r, y);
                return e == null || e.bosettingsbehov() == 0 ? Double.NaN : (double) e.settledYear() / e.bosettingsbehov();
            }));
            rows.add(row("settlement_ready_at_year_end", "persons", ys, r -> yearEnd(r, y) == null ? Double.NaN : yearEnd(r, y).settlementReady()));
            rows.add(row("grants", "NOK", ys, r -> national(r, y) == null ? Double.NaN : national(r, y).grantsNok()));
            rows.add(row("costs", "NOK", ys, r -> national(r, y) == null ? Double.NaN : national(r, y).costsNok()));
            rows.add(row("coverage", "share", ys, r -> national(r, y) == null ? Double.NaN : national(r, y).coverage()));
        }
        TreeSet<String> ruleIds = new TreeSet<>();
        runs.forEach(r -> r.alerts().forEach(a -> ruleIds.add(a.ruleId())));
        for (String id : ruleIds) {
            rows.add(row(IndicatorKeys.MONTHS_WITH + id, "months", "", r -> r.alerts().stream().filter(a -> a.ruleId().equals(id))
                    .map(Alert::month).distinct().count()));
        }
        return rows;
    }

    private Row row(String indicator, String unit, String year, java.util.function.ToDoubleFunction<RunResult> f) {
        double[] v = new double[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            v[i] = f.applyAsDouble(runs.get(i));
        }
        return new Row(indicator, unit, year, v);
    }

    private static double monthsOverThreshold(RunResult r) {
        var p = r.scenario().parameters();
        return r.months().stream().filter(m -> m.longWaitShare() > (p.has("varsel_lengeventende_andel_maks")
                ? p.valueAt("varsel_lengeventende_andel_maks", m.month()) : 0.10)).count();
    }

    private static MonthRecord yearEnd(RunResult r, int year) {
        MonthRecord last = null;
        for (MonthRecord m : r.months()) {
            if (m.month().getYear() == year) {
                last = m;
            }
        }
        return last;
    }

    private static CostAssessment.Row national(RunResult r, int year) {
        return r.costs().stream().filter(c -> c.year() == year).flatMap(c -> c.rows().stream())
                .filter(row -> row.subject().equals(CostAssessment.NATIONAL)).findFirst().orElse(null);
    }

    /** Writes the three comparison tables into {@code dir}. */
    public void write(Path dir, CsvDialect dialect) {
        write(dir, dialect, true);
    }

    /**
     * Writes the indicator and county tables, and the kommune table when {@code kommuner} (every kommune and
     * year: the what-if page, which draws its kommuner from each run's own rows, leaves it out of its hot path).
     */
    public void write(Path dir, CsvDialect dialect, boolean kommuner) {
        try {
            writeIndicators(dir.resolve(TABLE), dialect);
            writeCounties(dir.resolve(COUNTIES), dialect);
            if (kommuner) {
                writeKommuner(dir.resolve(KOMMUNER), dialect);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenarios compared, the first the reference. */
    public List<String> names() {
        return runs.stream().map(r -> r.scenario().name()).toList();
    }

    private List<String> header(String... first) {
        List<String> h = new ArrayList<>(List.of(first));
        h.addAll(names());
        for (String n : names().subList(1, runs.size())) {
            h.add(n + " - " + names().get(0));
        }
        return h;
    }

    private List<String> values(double[] v, CsvDialect dialect, boolean share) {
        List<String> out = new ArrayList<>();
        for (double x : v) {
            out.add(cell(x, dialect, share));
        }
        for (int i = 1; i < v.length; i++) {
            out.add(cell(v[i] - v[0], dialect, share));
        }
        return out;
    }

    private static String cell(double x, CsvDialect dialect, boolean share) {
        if (Double.isNaN(x)) {
            return "";
        }
        return share ? dialect.format(x) : dialect.format(Math.round(x));
    }

    private void writeIndicators(Path file, CsvDialect dialect) throws IOException {
        try (CSVPrinter p = dialect.printer(file)) {
            p.printRecord(header("indicator", "unit", "year"));
            for (Row r : indicators()) {
                List<String> cells = new ArrayList<>(List.of(r.indicator(), r.unit(), r.year()));
                cells.addAll(values(r.values(), dialect, r.unit().equals("share")));
                p.printRecord(cells);
            }
        }
    }

    private void writeCounties(Path file, CsvDialect dialect) throws IOException {
        Map<String, double[][]> byKey = new TreeMap<>();
        for (int i = 0; i < runs.size(); i++) {
            for (KommuneYearRecord k : runs.get(i).kommuneYears()) {
                double[][] v = byKey.computeIfAbsent(k.year() + "|" + k.fylke(), x -> new double[3][runs.size()]);
                v[0][i] += k.anmodet();
                v[1][i] += k.vedtatt();
                v[2][i] += k.bosatt();
            }
        }
        try (CSVPrinter p = dialect.printer(file)) {
            p.printRecord(header("year", "fylke", "measure"));
            String[] measures = {"anmodet", "vedtatt", "bosatt"};
            for (Map.Entry<String, double[][]> e : byKey.entrySet()) {
                String[] key = e.getKey().split("\\|");
                for (int m = 0; m < 3; m++) {
                    List<String> cells = new ArrayList<>(List.of(key[0], key[1], measures[m]));
                    cells.addAll(values(e.getValue()[m], dialect, false));
                    p.printRecord(cells);
                }
            }
        }
    }

    /**
     * For each scenario after the first, every kommune ranked by how much its requests change against the
     * first: first summed over all the years ({@code year} "all"; rank 1 to 10 are the ten that change
     * most), then year by year, ranked within the year.
     */
    private void writeKommuner(Path file, CsvDialect dialect) throws IOException {
        try (CSVPrinter p = dialect.printer(file)) {
            p.printRecord(List.of("scenario", "against", "rank", "kommunenummer", "kommune", "fylke", "anmodet_against",
                    "anmodet_scenario", "anmodet_change", "vedtatt_against", "vedtatt_scenario", "vedtatt_change", "year"));
            java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
            runs.get(0).kommuneYears().forEach(k -> years.add(k.year()));
            for (RunResult r : runs.subList(1, runs.size())) {
                Map<String, KommuneYearRecord> names = new LinkedHashMap<>();
                r.kommuneYears().forEach(k -> names.putIfAbsent(k.kommunenummer(), k));
                ranked(p, r, totals(runs.get(0), null), totals(r, null), names, "all");
                for (int y : years) {
                    ranked(p, r, totals(runs.get(0), y), totals(r, y), names, String.valueOf(y));
                }
            }
        }
    }

    private void ranked(CSVPrinter p, RunResult r, Map<String, int[]> reference, Map<String, int[]> these,
                        Map<String, KommuneYearRecord> names, String year) throws IOException {
        List<String> changed = new ArrayList<>(these.keySet());
        changed.sort(Comparator.comparingInt((String k) -> -Math.abs(these.get(k)[0] - reference.getOrDefault(k, new int[2])[0]))
                .thenComparing(k -> k));
        for (int i = 0; i < changed.size(); i++) {
            String k = changed.get(i);
            int[] a = reference.getOrDefault(k, new int[2]);
            int[] b = these.get(k);
            p.printRecord(r.scenario().name(), runs.get(0).scenario().name(), i + 1, k, names.get(k).kommune(),
                    names.get(k).fylke(), a[0], b[0], b[0] - a[0], a[1], b[1], b[1] - a[1], year);
        }
    }

    /** Each kommune's requests and decisions in {@code year}, or summed over every year when it is null. */
    private static Map<String, int[]> totals(RunResult r, Integer year) {
        Map<String, int[]> t = new TreeMap<>();
        for (KommuneYearRecord k : r.kommuneYears()) {
            if (year != null && k.year() != year) {
                continue;
            }
            int[] v = t.computeIfAbsent(k.kommunenummer(), x -> new int[2]);
            v[0] += k.anmodet();
            v[1] += k.vedtatt();
        }
        return t;
    }

}

package no.bosim.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.bosim.contract.OutputFiles;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;

/**
 * The briefing of an ensemble folder: what the spread of N runs says, for a committee. Title page;
 * findings in sentences (each indicator's median and the range of 90 % of the runs, the warnings most
 * likely to fire); the indicators' percentiles; per warning and year the highest share of runs in
 * which it fired in one month; the fan charts and the warnings' heat map; the ensemble's provenance.
 * Drawn from ensemble.json, ensemble_indicators.csv, ensemble.csv and warning_probability.csv only.
 */
final class EnsembleBriefing {

    private final Path dir;
    private final Lang lang;
    private final NumberFormat n;
    private final Map<String, String> m;

    EnsembleBriefing(Path dir, Lang lang) {
        this.dir = dir;
        this.lang = lang;
        this.n = lang.integers();
        this.m = FanCharts.manifest(dir);
    }


    /** One indicator's percentiles across the runs. */
    record Indicator(String name, double p5, double p25, double p50, double p75, double p95) {
    }

    private List<Indicator> indicators() {
        Table t = Table.read(dir, OutputFiles.ENSEMBLE_INDICATORS, List.of("indicator", "p5", "p25", "p50", "p75", "p95"));
        List<Indicator> out = new ArrayList<>();
        for (CSVRecord r : t.rows()) {
            out.add(new Indicator(t.text(r, "indicator"), t.number(r, "p5"), t.number(r, "p25"), t.number(r, "p50"),
                    t.number(r, "p75"), t.number(r, "p95")));
        }
        return out;
    }

    /** Per warning, per year: the highest share of runs in which it fired in one month of that year. */
    private Map<String, Map<Integer, Double>> warningYears() {
        Table t = Table.read(dir, OutputFiles.WARNING_PROBABILITY, List.of("month", "rule_id", "probability"));
        Map<String, Map<Integer, Double>> out = new TreeMap<>();
        for (CSVRecord r : t.rows()) {
            double p = t.number(r, "probability");
            int year = Integer.parseInt(t.text(r, "month").substring(0, 4));
            out.computeIfAbsent(t.text(r, "rule_id"), k -> new TreeMap<>()).merge(year, p, Math::max);
        }
        out.values().removeIf(years -> years.values().stream().allMatch(p -> p == 0));
        return out;
    }

    private String name(String indicator) {
        return IndicatorNames.name(indicator, lang);
    }

    private String value(String indicator, double v) {
        return IndicatorNames.value(indicator, "", v, lang);
    }

    void write(Path target) throws IOException {
        Map<String, String> names = Manifest.ruleNames(dir.resolve(OutputFiles.ENSEMBLE_MANIFEST), lang);
        List<Indicator> indicators = indicators();
        Map<String, Map<Integer, Double>> warnings = warningYears();
        String footer = "bosim " + m.getOrDefault("bosim_version", "") + " · " + lang.t("scenario ", "scenario ") + m.get("scenario")
                + " · " + m.get("runs") + lang.t(" kjøringer · frø ", " runs · seed ") + m.get("seed");
        try (PdfPages pdf = new PdfPages(footer)) {
            pdf.identify(lang.t("Bosetting og mottak: ", "Settlement and reception: ") + m.get("scenario") + lang.t(", ensemble", ", ensemble"),
                    m.get("runs") + lang.t(" kjøringer", " runs"), String.join("|", m.getOrDefault("bosim_version", ""), m.get("scenario"),
                            m.getOrDefault("scenario_sha256", ""), m.get("seed"), m.get("runs"), lang.t("nb", "en")));
            pdf.newPage();
            pdf.space(150);
            pdf.paragraph(lang.t("Mottak og bosetting av flyktninger", "Reception and settlement of refugees"), 16, false, 0.35f);
            pdf.heading(lang.t("Usikkerhet: ", "Uncertainty: ") + m.get("scenario"), 28);
            pdf.space(10);
            pdf.paragraph(m.get("runs") + lang.t(" kjøringer av samme scenario med ulike tilfeldige tall (ankomster rundt banen, "
                    + "behandling, vedtak). Spredningen viser hvor sikre tallene er under forutsetningene, ikke om forutsetningene holder.",
                    " runs of one scenario with different random numbers (arrivals around the path, processing, decisions). The spread "
                    + "shows how sure the figures are under the assumptions, not whether the assumptions hold."), 12);
            pdf.space(20);
            List<String[]> about = new ArrayList<>();
            about.add(new String[] {lang.t("Om ensemblet", "About the ensemble"), ""});
            about.add(new String[] {lang.t("Periode", "Period"), m.get("start") + lang.t(" til ", " to ") + m.get("end")});
            about.add(new String[] {lang.t("Anmodningskriterier", "Request criteria"), m.get("criteria")});
            about.add(new String[] {lang.t("Kjøringer", "Runs"), m.get("runs")});
            about.add(new String[] {lang.t("Frø (første kjøring)", "Seed (first run)"), m.get("seed")});
            pdf.table(about, new float[] {0.4f, 0.6f}, 11);

            pdf.newPage();
            pdf.heading(lang.t("Funn", "Findings"), 18);
            for (Indicator i : indicators) {
                pdf.paragraph("•  " + name(i.name()) + lang.t(": median ", ": median ") + value(i.name(), i.p50())
                        + lang.t("; i 90 % av kjøringene mellom ", "; in 90 % of the runs between ") + value(i.name(), i.p5())
                        + lang.t(" og ", " and ") + value(i.name(), i.p95()) + ".", 11);
                pdf.space(6);
            }
            List<Map.Entry<String, Double>> likely = warnings.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue().values().stream().mapToDouble(Double::doubleValue).max().orElse(0)))
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(4).toList();
            pdf.paragraph("•  " + (likely.isEmpty() ? lang.t("Ingen varsler i noen kjøring.", "No warning in any run.")
                    : lang.t("Varslene som oftest går i en måned: ", "The warnings most likely in a month: ") + String.join("; ",
                    likely.stream().map(e -> Manifest.named(e.getKey(), names) + lang.t(" i inntil ", " in up to ") + lang.percent().format(e.getValue())
                            + lang.t(" av kjøringene", " of the runs")).toList()) + "."), 11);

            pdf.space(14);
            pdf.heading(lang.t("Nøkkeltall på tvers av kjøringene", "Key figures across the runs"), 13);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"", "P5", "P25", lang.t("Median", "Median"), "P75", "P95"});
            for (Indicator i : indicators) {
                rows.add(new String[] {name(i.name()), value(i.name(), i.p5()), value(i.name(), i.p25()), value(i.name(), i.p50()),
                        value(i.name(), i.p75()), value(i.name(), i.p95())});
            }
            pdf.table(rows, new float[] {0.35f, 0.13f, 0.13f, 0.13f, 0.13f, 0.13f}, 10);

            pdf.space(14);
            pdf.heading(lang.t("Varsler per år", "Warnings by year"), 13);
            pdf.paragraph(lang.t("Høyeste andel av kjøringene der varselet gikk i en og samme måned av året: en nedre grense for at "
                    + "det går minst én gang i året.", "The highest share of the runs in which the warning fired in one month of the year: "
                    + "a lower bound on its firing at least once in the year."), 9, false, 0.35f);
            pdf.space(4);
            List<Integer> years = warnings.values().stream().flatMap(y -> y.keySet().stream()).distinct().sorted().toList();
            List<String[]> w = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of(lang.t("Varsel", "Warning")));
            years.forEach(y -> header.add(String.valueOf(y)));
            w.add(header.toArray(new String[0]));
            for (Map.Entry<String, Map<Integer, Double>> e : warnings.entrySet()) {
                List<String> row = new ArrayList<>(List.of(Manifest.named(e.getKey(), names)));
                years.forEach(y -> row.add(lang.percent().format(e.getValue().getOrDefault(y, 0.0))));
                w.add(row.toArray(new String[0]));
            }
            if (warnings.isEmpty()) {
                w.add(new String[] {lang.t("ingen", "none")});
            }
            float[] widths = new float[header.size()];
            widths[0] = 0.16f;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = 0.84f / Math.max(1, widths.length - 1);
            }
            pdf.table(w, widths, 8);

            pdf.newPage();
            pdf.heading(lang.t("Figurer", "Charts"), 18);
            for (JFreeChart chart : FanCharts.build(dir, lang).values()) {
                pdf.chart(chart, pdf.width());
            }

            Map<String, List<String>> lists = Manifest.lists(dir.resolve(OutputFiles.ENSEMBLE_MANIFEST));
            if (lists.containsKey("assumptions")) {
                AssumptionsPages.write(pdf, lang, lists.getOrDefault(lang == Lang.NB ? "assumptions_nb" : "assumptions_en",
                        lists.get("assumptions")), lists.getOrDefault(lang == Lang.NB ? "sources_nb" : "sources", List.of()));
            }

            pdf.newPage();
            pdf.heading(lang.t("Ensemblet", "The ensemble"), 18);
            List<String[]> prov = new ArrayList<>();
            prov.add(new String[] {lang.t("Felt", "Field"), lang.t("Verdi", "Value")});
            for (String f : List.of("bosim_version", "scenario", "scenario_sha256", "seed", "runs", "start", "end", "criteria")) {
                prov.add(new String[] {f, m.getOrDefault(f, "")});
            }
            pdf.table(prov, new float[] {0.3f, 0.7f}, 9);
            pdf.save(target);
        }
    }
}

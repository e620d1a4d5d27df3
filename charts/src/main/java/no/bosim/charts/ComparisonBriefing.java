package no.bosim.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.bosim.contract.OutputFiles;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;

/**
 * The briefing of a comparison folder: what changes between the scenarios, for a committee. Title
 * page; findings in sentences (each indicator of the whole period that differs, and by how much; the
 * kommuner whose requests change most); the comparison table; the kommuner that change most; the
 * overlay charts; the provenance. Drawn from comparison.json, comparison.csv, comparison-kommuner.csv
 * and the scenarios' run folders inside it.
 */
final class ComparisonBriefing {

    private final Path dir;
    private final Lang lang;
    private final List<String> names;
    private final java.util.Map<String, String> fields;

    ComparisonBriefing(Path dir, Lang lang) {
        this.dir = dir;
        this.lang = lang;
        this.names = ReportData.comparedScenarios(dir);
        this.fields = Manifest.plainFields(dir.resolve(OutputFiles.COMPARISON_MANIFEST));
        if (names.size() < 2) {
            throw new ResultsProblem(dir.resolve(OutputFiles.COMPARISON_MANIFEST) + ": names fewer than two scenarios");
        }
    }


    private static final int TOP_KOMMUNER = 10;

    /** The ten kommuner that change most over all the years (older folders list only those ten, without a year column). */
    private static List<CSVRecord> topKommuner(Table kommuner) {
        boolean byYear = kommuner.columns().contains("year");
        return kommuner.rows().stream().filter(r -> !byYear || (kommuner.text(r, "year").equals("all")
                && kommuner.number(r, "rank") <= TOP_KOMMUNER)).toList();
    }

    /** Each fylke's change with its interval over paired runs, where the folder has them: sure changes named, the rest said to be chance. */
    private void countyEffects(PdfPages pdf) throws IOException {
        if (!java.nio.file.Files.isRegularFile(dir.resolve(OutputFiles.COMPARISON_COUNTIES_INTERVAL))) {
            return;
        }
        Table t = Table.read(dir, OutputFiles.COMPARISON_COUNTIES_INTERVAL, List.of("scenario", "years", "runs", "fylke", "measure", "change_p5",
                "change_median", "change_p95", "sure"));
        for (String measure : List.of("anmodet", "vedtatt")) {
            List<String> sure = new ArrayList<>();
            List<String> unsure = new ArrayList<>();
            String years = "";
            String runs = "";
            for (CSVRecord r : t.rows()) {
                if (!t.text(r, "measure").equals(measure)) {
                    continue;
                }
                years = t.text(r, "years").replace("-", "–");
                runs = t.text(r, "runs");
                String who = t.text(r, "fylke") + (names.size() > 2 ? " (" + t.text(r, "scenario") + ")" : "");
                if (t.text(r, "sure").equals("yes")) {
                    sure.add(who + " " + signed(measure, "persons", t.number(r, "change_median")) + " (" + signed(measure, "persons",
                            t.number(r, "change_p5")) + lang.t(" til ", " to ") + signed(measure, "persons", t.number(r, "change_p95")) + ")");
                } else {
                    unsure.add(t.text(r, "fylke"));
                }
            }
            String what = measure.equals("anmodet") ? lang.t("Anmodet", "Requested") : lang.t("Vedtatt", "Decided");
            String text = what + lang.t(" per fylke ", " per county ") + years + lang.t(", endring mot ", ", change against ") + names.get(0)
                    + lang.t(" (median av " + runs + " parvise kjøringer, 90 % intervall): ", " (median of " + runs + " paired runs, 90 % interval): ")
                    + (sure.isEmpty() ? lang.t("ingen sikker endring i noe fylke", "no sure change in any county") : String.join("; ", sure))
                    + (unsure.isEmpty() || sure.isEmpty() ? "" : lang.t(". Ingen sikker endring: ", ". No sure change: ") + String.join(", ",
                    new java.util.TreeSet<>(unsure))) + ".";
            pdf.paragraph("•  " + text, 11);
            pdf.space(5);
        }
    }

    private String field(String name) {
        return fields.getOrDefault(name, "");
    }

    void write(Path target) throws IOException {
        String ref = names.get(0);
        java.util.Map<String, String> ruleNames = Manifest.ruleNames(dir.resolve(ref).resolve(OutputFiles.MANIFEST), lang);
        Table table = Table.read(dir, OutputFiles.COMPARISON, List.of("indicator", "unit", "year"));
        Table kommuner = Table.read(dir, OutputFiles.COMPARISON_KOMMUNER, List.of("scenario", "kommune", "fylke", "anmodet_change", "vedtatt_change"));
        String seed = field("seed");
        String footer = "bosim " + field("bosim_version") + " · " + String.join(lang.t(" mot ", " against "), names)
                + lang.t(" · felles frø ", " · common seed ") + seed;
        try (PdfPages pdf = new PdfPages(footer)) {
            pdf.identify(lang.t("Sammenligning: ", "Comparison: ") + String.join(" – ", names), String.join(", ", names),
                    String.join("|", field("bosim_version"), String.join(",", names), seed, lang.t("nb", "en")));
            pdf.newPage();
            pdf.space(150);
            pdf.paragraph(lang.t("Mottak og bosetting av flyktninger", "Reception and settlement of refugees"), 16, false, 0.35f);
            // The scenarios by their titles where they give one (the file names stay in the provenance).
            List<String> titles = names.stream().map(n -> java.nio.file.Files.isRegularFile(dir.resolve(n).resolve(OutputFiles.MANIFEST))
                    ? Manifest.read(dir.resolve(n)).title(lang) : n).toList();
            pdf.heading(lang.t("Sammenligning: ", "Comparison: ") + String.join(lang.t(" mot ", " against "), titles), 24);
            pdf.space(10);
            pdf.paragraph(lang.t("Scenarioene er kjørt med de samme tilfeldige tallene (felles frø ", "The scenarios are run with the same "
                    + "random numbers (common seed ") + seed + lang.t("), så forskjellene kommer av forutsetningene, ikke av tilfeldighetene. "
                    + "Referansen er ", "), so the differences come from the assumptions, not from chance. The reference is ") + ref + ".", 12);

            pdf.newPage();
            pdf.heading(lang.t("Funn", "Findings"), 18);
            // Effect first: where the places move, per fylke with its interval and for the kommuner that change most.
            countyEffects(pdf);
            List<String> movers = new ArrayList<>();
            for (CSVRecord r : topKommuner(kommuner)) {
                if (movers.size() < 5) {
                    movers.add(kommuner.text(r, "kommune") + " " + signed("anmodet", "persons", kommuner.number(r, "anmodet_change")));
                }
            }
            if (!movers.isEmpty()) {
                pdf.paragraph("•  " + lang.t("Størst endring i anmodning over perioden: ", "Largest change in requests over the period: ")
                        + String.join(", ", movers) + lang.t(" (alle kommunene står i rapporten).",
                        " (every kommune is in the report)."), 11);
            }

            pdf.space(5);
            List<String> same = new ArrayList<>();
            for (CSVRecord r : table.rows()) {
                if (!table.text(r, "year").isEmpty()) {
                    continue;
                }
                String ind = table.text(r, "indicator");
                String unit = table.text(r, "unit");
                double base = table.number(r, ref);
                List<String> changes = new ArrayList<>();
                for (String other : names.subList(1, names.size())) {
                    double v = table.number(r, other);
                    if (Double.compare(v, base) != 0) {
                        changes.add(other + " " + IndicatorNames.value(ind, unit, v, lang) + " (" + signed(ind, unit, v - base) + ")");
                    }
                }
                if (changes.isEmpty()) {
                    String name = IndicatorNames.name(ind, lang, ruleNames);
                    same.add(name.substring(0, 1).toLowerCase(lang.locale()) + name.substring(1));
                } else {
                    pdf.paragraph("•  " + IndicatorNames.name(ind, lang, ruleNames) + ": " + ref + " " + IndicatorNames.value(ind, unit, base, lang)
                            + "; " + String.join("; ", changes) + ".", 11);
                    pdf.space(5);
                }
            }
            if (!same.isEmpty()) {
                pdf.paragraph("•  " + lang.t("Likt i alle scenarioene: ", "The same in every scenario: ") + String.join(", ", same) + ".", 11);
                pdf.space(5);
            }
            pdf.space(12);
            pdf.heading(lang.t("Hele perioden", "The whole period"), 13);
            List<String[]> rows = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of(lang.t("Indikator", "Indicator")));
            header.addAll(names);
            names.subList(1, names.size()).forEach(o -> header.add(lang.t("Endring ", "Change ") + o));
            rows.add(header.toArray(new String[0]));
            for (CSVRecord r : table.rows()) {
                if (!table.text(r, "year").isEmpty()) {
                    continue;
                }
                String ind = table.text(r, "indicator");
                String unit = table.text(r, "unit");
                List<String> row = new ArrayList<>(List.of(IndicatorNames.name(ind, lang, ruleNames)));
                names.forEach(s -> row.add(IndicatorNames.value(ind, unit, table.number(r, s), lang)));
                names.subList(1, names.size()).forEach(o -> row.add(signed(ind, unit, table.number(r, o) - table.number(r, ref))));
                rows.add(row.toArray(new String[0]));
            }
            float[] widths = new float[header.size()];
            widths[0] = 0.34f;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = 0.66f / (widths.length - 1);
            }
            pdf.table(rows, widths, 9);

            pdf.space(12);
            pdf.heading(lang.t("Kommunene som endres mest", "The kommuner that change most"), 13);
            List<String[]> k = new ArrayList<>();
            k.add(new String[] {lang.t("Kommune", "Kommune"), lang.t("Fylke", "County"), lang.t("Scenario", "Scenario"),
                lang.t("Anmodet, endring", "Requested, change"), lang.t("Vedtatt, endring", "Decided, change")});
            for (CSVRecord r : topKommuner(kommuner)) {
                k.add(new String[] {kommuner.text(r, "kommune"), kommuner.text(r, "fylke"), kommuner.text(r, "scenario"),
                    signed("anmodet", "persons", kommuner.number(r, "anmodet_change")),
                    signed("vedtatt", "persons", kommuner.number(r, "vedtatt_change"))});
            }
            pdf.table(k, new float[] {0.25f, 0.2f, 0.19f, 0.18f, 0.18f}, 9);

            pdf.newPage();
            pdf.heading(lang.t("Figurer", "Charts"), 18);
            for (JFreeChart chart : ComparisonCharts.build(dir, names, lang)) {
                pdf.chart(chart, pdf.width());
            }
            assumptions(pdf, ref);
            pdf.save(target);
        }
    }

    /**
     * What the scenarios rest on: the reference's assumptions, each other scenario's that differ
     * from them (what the comparison is about), and every source any of them cites.
     */
    private void assumptions(PdfPages pdf, String ref) throws IOException {
        Manifest reference = Manifest.read(dir.resolve(ref));
        List<String> all = new ArrayList<>(reference.assumptions(lang));
        List<String> sources = new ArrayList<>(reference.sources(lang));
        for (String name : names.subList(1, names.size())) {
            Manifest other = Manifest.read(dir.resolve(name));
            List<String> differ = other.assumptions(lang).stream().filter(a -> !all.contains(a)).toList();
            for (String a : differ) {
                all.add(name + lang.t(" (ikke i ", " (not in ") + ref + "): " + a);
            }
            other.sources(lang).stream().filter(x -> !sources.contains(x)).forEach(sources::add);
        }
        AssumptionsPages.write(pdf, lang, all, sources);
    }

    private String signed(String indicator, String unit, double v) {
        String s = IndicatorNames.value(indicator, unit, Math.abs(v), lang);
        // A change that rounds to nothing carries no sign ("−0" reads as a fall).
        boolean nothing = s.equals(IndicatorNames.value(indicator, unit, 0.0, lang));
        return nothing ? s : v > 0 ? "+" + s : v < 0 ? "−" + s : s;
    }
}

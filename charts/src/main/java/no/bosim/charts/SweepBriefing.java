package no.bosim.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.bosim.contract.OutputFiles;
import org.apache.commons.csv.CSVRecord;
import org.jfree.chart.JFreeChart;

/**
 * A sweep's briefing: what was varied and how, then the findings (per indicator the input it
 * hangs on most and by how much), the charts, the table of swings or indices, and the provenance.
 */
final class SweepBriefing {

    private final Path dir;
    private final Lang lang;
    private final Map<String, String> m;

    SweepBriefing(Path dir, Lang lang) {
        this.dir = dir;
        this.lang = lang;
        this.m = Manifest.plainFields(dir.resolve(OutputFiles.SWEEP_MANIFEST));
    }

    void write(Path target) throws IOException {
        boolean oat = "oat".equals(m.get("design"));
        String footer = "bosim " + m.getOrDefault("bosim_version", "") + " · " + lang.t("sveip ", "sweep ") + m.get("sweep") + " · "
                + lang.t("frø ", "seed ") + m.get("seed");
        Map<String, List<String>> lists = Manifest.lists(dir.resolve(OutputFiles.SWEEP_MANIFEST));
        List<String> inputs = lists.getOrDefault(lang == Lang.NB ? "inputs_nb" : "inputs", lists.getOrDefault("inputs", List.of()));
        String nbText = Manifest.text(dir.resolve(OutputFiles.SWEEP_MANIFEST), "sweep_description_nb");
        String description = lang == Lang.NB && nbText != null ? nbText : Manifest.text(dir.resolve(OutputFiles.SWEEP_MANIFEST), "sweep_description");
        try (PdfPages pdf = new PdfPages(footer)) {
            pdf.identify(lang.t("Følsomhet: ", "Sensitivity: ") + m.get("sweep"), description == null ? "" : description,
                    String.join("|", m.getOrDefault("bosim_version", ""), m.get("sweep"), m.getOrDefault("sweep_sha256", ""), m.get("seed"),
                            lang.t("nb", "en")));
            pdf.newPage();
            pdf.space(150);
            pdf.paragraph(lang.t("Mottak og bosetting av flyktninger", "Reception and settlement of refugees"), 16, false, 0.35f);
            pdf.heading(lang.t("Følsomhet: ", "Sensitivity: ") + m.get("scenario"), 24);
            pdf.paragraph(lang.t("Hva framskrivningen avhenger av", "What the projection hangs on"), 14, false, 0.35f);
            pdf.space(10);
            pdf.paragraph(description == null ? "" : description, 12);
            pdf.space(10);
            pdf.paragraph(m.get("points") + lang.t(" punkter à ", " points of ") + m.get("runs_per_point")
                    + lang.t(" kjøringer med de samme tilfeldige tallene i hvert punkt, så to punkter skiller seg ved inndataene, ikke ved "
                    + "tilfeldighetene. ", " runs with the same random numbers at every point, so two points differ by their inputs, not by "
                    + "chance. ") + (oat ? lang.t("Hvert inndata er satt lavt og høyt med de andre på scenarioets egne verdier.",
                    "Each input is set low and high with the others at the scenario's own values.")
                    : "sobol".equals(m.get("design")) ? lang.t("Punktene følger Saltellis plan på en Sobol-følge; indeksene sier hvor stor "
                    + "del av variansen hvert inndata står for alene (førsteordens) og med samspill (total).", "The points follow Saltelli's "
                    + "design on a Sobol' sequence; the indices say how much of the variance each input accounts for alone (first order) "
                    + "and with its interactions (total).") : lang.t("Punktene er alle kombinasjoner av inndataenes nivåer.",
                    "The points are every combination of the inputs' levels.")), 11);
            pdf.space(10);
            pdf.heading(lang.t("Inndata", "Inputs"), 13);
            for (String i : inputs) {
                pdf.paragraph("• " + i, 10);
            }

            if (!"grid".equals(m.get("design"))) {
                pdf.newPage();
                pdf.heading(lang.t("Funn", "Findings"), 18);
                for (String f : findings(oat)) {
                    pdf.paragraph("•  " + f, 11);
                    pdf.space(4);
                }
            }
            pdf.newPage();
            pdf.heading(lang.t("Figurer", "Charts"), 18);
            for (JFreeChart chart : SweepCharts.build(dir, lang).values()) {
                pdf.chart(chart, pdf.width());
            }
            pdf.newPage();
            pdf.heading(lang.t("Sveipet", "The sweep"), 18);
            List<String[]> prov = new ArrayList<>();
            prov.add(new String[] {lang.t("Felt", "Field"), lang.t("Verdi", "Value")});
            for (String f : List.of("bosim_version", "sweep", "sweep_file", "sweep_sha256", "scenario", "scenario_sha256", "design",
                    "points", "runs_per_point", "runs", "seed")) {
                prov.add(new String[] {f, m.getOrDefault(f, "")});
            }
            pdf.table(prov, new float[] {0.3f, 0.7f}, 9);
            pdf.save(target);
        }
    }

    /** Per indicator that moves: the input with the widest swing (one-at-a-time) or the largest total index (Sobol'). */
    private List<String> findings(boolean oat) {
        Table t = Table.read(dir, OutputFiles.SWEEP_INDICES, List.of("indicator", "input"));
        Map<String, CSVRecord> top = new LinkedHashMap<>();
        String key = oat ? "swing" : "total";
        for (CSVRecord r : t.rows()) {
            String ind = t.text(r, "indicator");
            CSVRecord best = top.get(ind);
            if (best == null || t.number(r, key) > t.number(best, key)) {
                top.put(ind, r);
            }
        }
        List<String> out = new ArrayList<>();
        top.forEach((ind, r) -> {
            if (t.number(r, key) <= 0 || oat && IndicatorNames.value(ind, "", t.number(r, "value_low"), lang)
                    .equals(IndicatorNames.value(ind, "", t.number(r, "value_high"), lang))) {
                return;
            }
            String name = IndicatorNames.name(ind, lang, Manifest.ruleNames(dir.resolve(OutputFiles.SWEEP_MANIFEST), lang));
            if (oat) {
                out.add(name + lang.t(" avhenger mest av ", " hangs most on ") + t.text(r, "input") + ": "
                        + IndicatorNames.value(ind, "", t.number(r, "value_low"), lang) + lang.t(" når det er lavt, ", " when it is low, ")
                        + IndicatorNames.value(ind, "", t.number(r, "value_high"), lang) + lang.t(" når det er høyt (basis ", " when high (base ")
                        + IndicatorNames.value(ind, "", t.number(r, "value_base"), lang) + ").");
            } else {
                out.add(name + lang.t(" avhenger mest av ", " hangs most on ") + t.text(r, "input") + lang.t(": total indeks ", ": total index ")
                        + String.format(lang.locale(), "%.2f (%.2f–%.2f)", t.number(r, "total"), t.number(r, "total_low"),
                        t.number(r, "total_high")) + lang.t(", alene ", ", alone ") + String.format(lang.locale(), "%.2f", t.number(r, "first_order"))
                        + ".");
            }
        });
        return out;
    }
}

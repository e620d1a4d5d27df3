package no.bosim.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.bosim.contract.OutputFiles;
import org.jfree.chart.JFreeChart;

/**
 * The briefing pack: one A4 PDF a committee secretary can hand out. Title page; key figures;
 * the six charts; the warnings with their clauses; the assumptions in force and the sources;
 * the run's manifest. Drawn from the run's result files only.
 */
public final class Briefing {

    /** The file name of the briefing in a run's output folder. */
    public static final String FILE = OutputFiles.BRIEFING;

    private final Results results;
    private final Lang lang;
    private final NumberFormat n;

    Briefing(Results results, Lang lang) {
        this.results = results;
        this.lang = lang;
        this.n = lang.integers();
    }

    /** Writes {@code OUTDIR/briefing.pdf} and returns its path. */
    public static Path write(Path outDir, String lang, Integer countyYear) {
        return write(outDir, outDir, lang, countyYear);
    }

    /**
     * Reads the folder in {@code runDir} (a run, an ensemble or a comparison, told apart by its
     * manifest) and writes its briefing into {@code into} (a staging folder of that folder).
     */
    public static Path write(Path runDir, Path into, String lang, Integer countyYear) {
        Lang language = Lang.parse(lang);
        // Each pack's reader checks the files its manifest lists (FanCharts.manifest, Results.read).
        return switch (ReportData.kindOf(runDir)) {
            case ENSEMBLE -> pdf(into, new EnsembleBriefing(runDir, language)::write);
            case SWEEP -> {
                Manifest.verifyListed(runDir, runDir.resolve(OutputFiles.SWEEP_MANIFEST));
                yield pdf(into, new SweepBriefing(runDir, language)::write);
            }
            case COMPARE -> {
                Manifest.verifyListed(runDir, runDir.resolve(OutputFiles.COMPARISON_MANIFEST));
                yield pdf(into, new ComparisonBriefing(runDir, language)::write);
            }
            case RUN, BACKTEST -> {
                Briefing b = new Briefing(Results.read(runDir), language);
                yield pdf(into, target -> b.write(target, countyYear));
            }
        };
    }

    /** Writes one of the packs to {@code into/briefing.pdf}. */
    interface Pack {
        void write(Path target) throws IOException;
    }

    private static Path pdf(Path into, Pack pack) {
        Path target = into.resolve(FILE);
        try {
            pack.write(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private void write(Path target, Integer countyYear) throws IOException {
        Manifest m = results.manifest();
        KeyFigures k = KeyFigures.of(results);
        String footer = "bosim " + m.version() + " · " + m.title(lang);
        try (PdfPages pdf = new PdfPages(footer)) {
            pdf.identify(lang.t("Bosetting og mottak: ", "Settlement and reception: ") + m.title(lang), m.description(lang),
                    String.join("|", m.version(), m.scenario(), m.sha256(), Long.toString(m.seed()), m.policy(),
                            String.join(",", m.ruleFiles()), lang.t("nb", "en"), String.valueOf(countyYear)));
            // The body a committee reads (at most six pages), then the appendix: details, assumptions, provenance.
            titlePage(pdf, m);
            findings(pdf, k);
            keyFigures(pdf, k);
            map(pdf, countyYear);
            charts(pdf, countyYear);
            appendix(pdf);
            warnings(pdf, k);
            assumptions(pdf, m);
            manifest(pdf, m);
            pdf.save(target);
        }
    }

    private void titlePage(PdfPages pdf, Manifest m) throws IOException {
        pdf.newPage();
        pdf.space(150);
        pdf.paragraph(lang.t("Mottak og bosetting av flyktninger", "Reception and settlement of refugees"), 16, false, 0.35f);
        pdf.heading(m.title(lang).equals(m.scenario()) ? lang.t("Orientering om bosetting: ", "Settlement briefing: ") + m.scenario()
                : m.title(lang), 28);
        pdf.space(10);
        pdf.paragraph(m.description(lang), 12);
        pdf.space(30);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {lang.t("Om kjøringen", "About the run"), ""});
        rows.add(new String[] {lang.t("Periode", "Period"), m.start() + lang.t(" til ", " to ") + m.end()});
        // A run that replays history says what data it rests on and where the projection starts.
        java.time.YearMonth ends = results.historyEnds();
        if (ends != null && results.projectionFrom() != null) {
            rows.add(new String[] {lang.t("Data per", "Data up to"), monthName(ends)});
            rows.add(new String[] {lang.t("Framskrevet fra", "Projected from"), monthName(ends.plusMonths(1))
                    + lang.t(" (årene før er historikk spilt av)", " (the years before are history replayed)")});
        }
        rows.add(new String[] {lang.t("Anmodningskriterier", "Request criteria"), m.criteria(lang)});
        rows.add(new String[] {lang.t("Kjøring", "Run"), "deterministic".equals(m.mode())
                ? lang.t("forventet forløp, uten tilfeldig variasjon", "the expected path, without random variation")
                : lang.t("én kjøring med tilfeldig variasjon", "one run with random variation")});
        rows.add(new String[] {lang.t("Beslutningsregler", "Decision rules"), policyName(m.policy())});
        rows.add(new String[] {lang.t("Forutsetninger i bruk", "Assumptions in force"), String.valueOf(m.assumptions().size())});
        pdf.table(rows, new float[] {0.4f, 0.6f}, 11);
        pdf.space(40);
        pdf.paragraph(lang.t("Laget med bosim fra kjøringens resultatfiler. Tallene er framskrivinger under forutsetningene "
                + "som er listet i vedlegget, ikke prognoser.", "Made with bosim from the run's result files. The figures are "
                + "projections under the assumptions listed in the appendix, not forecasts."), 10, false, 0.35f);
    }

    /** The first page after the title: what the reader needs to know, in sentences, before any table. */
    private void findings(PdfPages pdf, KeyFigures k) throws IOException {
        pdf.newPage();
        pdf.heading(lang.t("Funn", "Findings"), 18);
        for (String s : new Findings(results, k, lang).sentences()) {
            pdf.paragraph("•  " + s, 11);
            pdf.space(6);
        }
    }

    private void keyFigures(PdfPages pdf, KeyFigures k) throws IOException {
        pdf.newPage();
        pdf.heading(lang.t("Nøkkeltall", "Key figures"), 18);
        List<String[]> peaks = new ArrayList<>();
        peaks.add(new String[] {"", lang.t("Høyest", "Highest"), lang.t("Måned", "Month")});
        peaks.add(new String[] {lang.t("Beboere i mottak", "Residents in reception"), n.format(k.peakMottak().inMottak()),
                k.peakMottak().month().toString()});
        peaks.add(new String[] {lang.t("Venter på bosetting", "Waiting for settlement"), n.format(k.peakBacklog().settlementReady()),
                k.peakBacklog().month().toString()});
        peaks.add(new String[] {lang.t("Andel lengeventende", "Share of long waiters"),
                lang.percent().format(k.peakLongWaitShare().longWaitShare()), k.peakLongWaitShare().month().toString()});
        pdf.table(peaks, new float[] {0.5f, 0.25f, 0.25f}, 11);
        pdf.space(14);
        pdf.heading(lang.t("Behov, vedtak og bosetting per år", "Need, decisions and settlement per year"), 13);
        List<String[]> years = new ArrayList<>();
        years.add(new String[] {lang.t("År", "Year"), lang.t("Behov", "Need"), lang.t("Vedtatt", "Decided"),
                lang.t("Bosatt", "Settled"), lang.t("Bosatt av behov", "Settled of need"), lang.t("Venter ved årsslutt", "Waiting at year end"),
                lang.t("Dekningsgrad", "Coverage")});
        for (KeyFigures.Year y : k.years()) {
            years.add(new String[] {String.valueOf(y.year()), n.format(y.need()), n.format(y.vedtatt()), n.format(y.settled()),
                    y.need() == 0 ? "" : lang.percent().format(y.settled() / y.need()), n.format(y.waitingAtEnd()),
                    Double.isNaN(y.coverage()) ? "" : lang.percent().format(y.coverage())});
        }
        pdf.table(years, new float[] {0.09f, 0.12f, 0.13f, 0.13f, 0.15f, 0.18f, 0.2f}, 10);
        pdf.space(14);
        pdf.heading(lang.t("Måneder med varsel", "Months with a warning"), 13);
        List<String[]> warned = new ArrayList<>();
        warned.add(new String[] {lang.t("Varsel", "Warning"), lang.t("Avtalepunkt", "Clause"), lang.t("Måneder", "Months"),
                lang.t("Første", "First"), lang.t("Siste", "Last")});
        for (KeyFigures.Warning w : k.warnings()) {
            warned.add(new String[] {w.named(lang), w.clause(), String.valueOf(w.months()), w.first(), w.last()});
        }
        if (k.warnings().isEmpty()) {
            warned.add(new String[] {lang.t("ingen", "none"), "", "", "", ""});
        }
        pdf.table(warned, new float[] {0.44f, 0.18f, 0.13f, 0.125f, 0.125f}, 10);
    }

    /** The map of requests per 1 000 inhabitants, below the key figures where the page has room (else on its own). */
    private void map(PdfPages pdf, Integer countyYear) throws IOException {
        if (results.kommuneYears().isEmpty()) {
            return;
        }
        Charts charts = new Charts(results, lang);
        int year = countyYear == null ? charts.defaultCountyYear() : countyYear;
        pdf.space(10);
        // Under the key figures at 60 % of the width where it fits, smaller down to 40 % where the page has
        // less room; where even that does not fit, on a page of its own at the page's full width.
        float room = (pdf.heightLeft() - 16) * 720f / 640f;
        float width = room >= pdf.width() * 0.4f ? Math.min(pdf.width() * 0.6f, room) : pdf.width();
        pdf.chart(MapCharts.requestsPerThousand(results, charts, lang, year), width, 720, 640);
    }

    private void charts(PdfPages pdf, Integer countyYear) throws IOException {
        Charts charts = new Charts(results, lang);
        int year = countyYear == null ? charts.defaultCountyYear() : countyYear;
        pdf.newPage();
        pdf.heading(lang.t("Figurer", "Charts"), 18);
        for (Map.Entry<Charts.Kind, String> e : Charts.fileNames().entrySet()) {
            JFreeChart chart = charts.build(e.getKey(), year);
            // Laid out on a smaller canvas than the PNGs and scaled to the page, so the text reads at A4.
            pdf.chart(chart, pdf.width(), BODY_CHART_WIDTH, BODY_CHART_HEIGHT);
        }
    }

    /** The canvas a chart of the body is laid out on before it is scaled to the page's width. */
    static final int BODY_CHART_WIDTH = 940;
    static final int BODY_CHART_HEIGHT = 580;

    /** The appendix's title page: what follows the body, for the reader who wants the details. */
    private void appendix(PdfPages pdf) throws IOException {
        pdf.newPage();
        pdf.heading(lang.t("Vedlegg", "Appendix"), 22);
        pdf.space(6);
        for (String s : List.of(lang.t("A. Varslene i detalj, med siste melding", "A. The warnings in detail, with their latest message"),
                lang.t("B. Forutsetninger og kilder", "B. Assumptions and sources"),
                lang.t("C. Kjøringen: versjon, scenario, regelfiler og hvordan den gjentas", "C. The run: version, scenario, rule files and how to repeat it"))) {
            pdf.paragraph(s, 12);
            pdf.space(4);
        }
    }

    /** alerts.csv's severity labels (the rules' @severity, in Norwegian) as an English reader reads them. */
    private static final Map<String, String> SEVERITY_EN = Map.of("høy", "high", "middels", "medium", "lav", "low");

    private static String severity(String label, Lang lang) {
        return lang == Lang.EN ? SEVERITY_EN.getOrDefault(label, label) : label;
    }

    private void warnings(PdfPages pdf, KeyFigures k) throws IOException {
        pdf.newPage();
        pdf.heading(lang.t("A. Varsler", "A. Warnings"), 18);
        pdf.paragraph(lang.t("Hvert varsel kommer fra en regel med fast id og det punktet i samarbeidsavtalen (2022–2025) den tjener. "
                + "Alle varsler måned for måned står i alerts.csv.", "Each warning comes from a rule with a stable id and the clause of the "
                + "2022–2025 agreement it serves. Every warning, month by month, is in alerts.csv."), 10, false, 0.35f);
        pdf.space(6);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {lang.t("Varsel", "Warning"), lang.t("Alvor", "Severity"), lang.t("Avtalepunkt", "Clause"),
                lang.t("Måneder", "Months"), lang.t("Siste melding", "Latest message")});
        for (KeyFigures.Warning w : k.warnings()) {
            rows.add(new String[] {w.named(lang), severity(w.severity(), lang), w.clause(), w.months() + " (" + w.first() + lang.t(" til ", " to ") + w.last() + ")",
                    w.example(lang)});
        }
        if (k.warnings().isEmpty()) {
            rows.add(new String[] {lang.t("Ingen varsler i framskrivingen.", "No warnings in the projection."), "", "", "", ""});
        }
        pdf.table(rows, new float[] {0.24f, 0.10f, 0.15f, 0.15f, 0.36f}, 9);
    }

    private void assumptions(PdfPages pdf, Manifest m) throws IOException {
        AssumptionsPages.write(pdf, lang, m.assumptions(lang), m.sources(lang));
    }

    /** The policy as the manifest names it, in words: the rule files or the stand-in. */
    private String policyName(String policy) {
        if (policy.equals("drools")) {
            return lang.t("regelfilene (Drools)", "the rule files (Drools)");
        }
        return policy.startsWith("stand-in") ? lang.t("forenklet stedfortreder uten regelfiler (", "the stand-in without rule files (")
                + policy + ")" : policy;
    }

    private void manifest(PdfPages pdf, Manifest m) throws IOException {
        pdf.newPage();
        pdf.heading(lang.t("C. Kjøringen", "C. The run"), 18);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {lang.t("Felt", "Field"), lang.t("Verdi", "Value")});
        rows.add(new String[] {"bosim", m.version()});
        rows.add(new String[] {lang.t("Scenario", "Scenario"), m.scenario()});
        rows.add(new String[] {lang.t("Scenarioets SHA-256", "Scenario SHA-256"), m.sha256()});
        rows.add(new String[] {lang.t("Frø", "Seed"), String.valueOf(m.seed())});
        rows.add(new String[] {lang.t("Periode", "Period"), m.start() + " – " + m.end()});
        rows.add(new String[] {lang.t("Kriterier", "Criteria"), m.criteria(lang)});
        rows.add(new String[] {lang.t("Beslutningsregler", "Decision rules"), policyName(m.policy())});
        rows.add(new String[] {lang.t("Regelfiler", "Rule files"), String.join(", ", m.ruleFiles())});
        pdf.table(rows, new float[] {0.3f, 0.7f}, 9);
        pdf.space(10);
        pdf.paragraph(lang.t("Samme scenario, regler og frø gir de samme resultatfilene byte for byte; manifest.json i resultatmappen "
                + "har alle felt.", "The same scenario, rules and seed give byte-identical result files; manifest.json in the output "
                + "folder has every field."), 9, false, 0.35f);
        pdf.space(8);
        pdf.paragraph(lang.t("Gjenta kjøringen, finn forventet forløp og spredningen:", "Repeat the run, and find the expected path and the spread:"),
                10, true, 0f);
        // The scenario file as it is named in the project: a shipped one under scenarios/, a user's as the manifest records it.
        List<String> chain = m.lists().getOrDefault("scenario_chain", List.of(m.scenario() + ".yaml"));
        String file = chain.get(0).startsWith("embedded:") ? "scenarios/" + chain.get(0).substring(chain.get(0).lastIndexOf('/') + 1)
                : chain.get(0);
        for (String c : List.of("bosim run " + file + " --seed " + m.seed(), "bosim run " + file + " --deterministic",
                "bosim ensemble " + file + " --runs 1000")) {
            pdf.paragraph("   " + c, 9);
        }
    }

    private String monthName(java.time.YearMonth m) {
        return m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, lang.locale()) + " " + m.getYear();
    }
}

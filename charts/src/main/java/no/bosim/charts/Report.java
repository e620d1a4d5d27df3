package no.bosim.charts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.bosim.contract.OutputFiles;

/**
 * {@code report.html}: one self-contained page for a finished run, backtest, ensemble or comparison.
 * The page carries its own charting library (Apache ECharts, from its WebJar), its script, its style
 * and the folder's data as one JSON object, so it opens offline from a file, a USB stick or an e-mail
 * attachment; its content security policy forbids every network request.
 */
public final class Report {

    public static final String FILE = OutputFiles.REPORT;
    /** Where the ECharts WebJar keeps its minified build (the version is the dependency's, in charts/pom.xml). */
    private static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z]+)\\}\\}");

    private Report() {
    }

    /** Reads {@code dir} and writes {@code into/report.html} (into is the folder's staging area, or dir itself). */
    public static Path write(Path dir, Path into, String lang) {
        Lang language = Lang.parse(lang);
        ReportData.Kind kind = ReportData.kindOf(dir);
        String data = ReportData.json(dir, kind, language);
        Map<String, String> parts = Map.ofEntries(
                Map.entry("LANG", language == Lang.NB ? "nb" : "en"),
                Map.entry("TITLE", language.t("bosim – rapport", "bosim – report")),
                Map.entry("SKIP", language.t("Gå til innholdet", "Skip to the content")),
                Map.entry("TOC", language.t("Innhold", "Contents")),
                Map.entry("LOADING", language.t("Rapporten tegnes …", "Drawing the report …")),
                Map.entry("NOSCRIPT", language.t("Rapporten trenger JavaScript for diagrammer og tabeller; tallene ligger i CSV-filene i samme mappe.",
                        "The report needs JavaScript for its charts and tables; the figures are in the CSV files in the same folder.")),
                Map.entry("STYLE", resource("/report/report.css")),
                Map.entry("ECHARTS", resource(ECHARTS).replace("</script", "<\\/script")),
                Map.entry("SCRIPT", resource("/report/report.js")),
                Map.entry("DATA", data));
        String html = fill(resource("/report/report.html"), parts);
        Path out = into.resolve(FILE);
        try {
            Files.writeString(out, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The folder's data as the report's script reads it, for a page that loads the script once and
     * draws each new folder with {@code bosimReport.render} (the what-if page of bosim serve).
     */
    public static String data(Path dir, String lang) {
        Lang language = Lang.parse(lang);
        return ReportData.json(dir, ReportData.kindOf(dir), language);
    }

    /** The report's script, style and charting library, for a page that serves them as files of their own. */
    public static String script() {
        return resource("/report/report.js");
    }

    public static String style() {
        return resource("/report/report.css");
    }

    public static String echarts() {
        return resource(ECHARTS);
    }

    /** Fills every {{NAME}} of the template in one pass, so nothing filled in is read as a placeholder. */
    static String fill(String template, Map<String, String> parts) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + parts.values().stream().mapToInt(String::length).sum());
        int last = 0;
        while (m.find()) {
            String part = parts.get(m.group(1));
            if (part == null) {
                throw new IllegalStateException("report.html names {{" + m.group(1) + "}}, which bosim does not fill");
            }
            out.append(template, last, m.start()).append(part);
            last = m.end();
        }
        return out.append(template, last, template.length()).toString();
    }

    private static String resource(String name) {
        try (InputStream in = Report.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bosim is built without " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package no.bosim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingTest {

    @TempDir
    Path tmp;

    @Test
    void theBriefingOpensHasItsSectionsAndStatesTheKeyFigures() throws IOException {
        Path run = SmallRun.write(tmp.resolve("run"), false);
        Path pdf = Briefing.write(run, "nb", null);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 7, "title, key figures, 3 chart pages, warnings, assumptions, run: " + doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("(?<=:)\\s*\\n", " ");
            for (String expected : new String[] {"Orientering om bosetting: small", "Nøkkeltall", "930", "2026-02", "VARSEL-01", "1.1, 2.1, 6.3",
                    "Forutsetninger i bruk", "Gjennomsnittlig tid fra asylsøknad til vedtak: 6 måneder. Et rundt middeltall",
                    "En liten kjent kjøring", "regelfilene (Drools)", "UDI, søknader om kollektiv beskyttelse per måned", "Kilder", "Nøkkeltall bosetting 2024", "Kjøringen", "80 %", "120 %"}) {
                assertTrue(text.contains(expected), "the briefing says '" + expected + "'");
            }
            // A long address is wrapped onto the next line, not cut at the page's edge.
            assertTrue(text.replaceAll("\\s+", "").contains("by-citizenship-and-month-2024>"), "the whole address is there");
            float[] rightmost = {0};
            PDFTextStripper edges = new PDFTextStripper() {
                @Override
                protected void writeString(String s, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(p -> rightmost[0] = Math.max(rightmost[0], p.getXDirAdj() + p.getWidthDirAdj()));
                }
            };
            edges.setStartPage(doc.getNumberOfPages() - 2);
            edges.getText(doc);
            assertTrue(rightmost[0] < doc.getPage(0).getMediaBox().getWidth() - 30, "text ends inside the margin: " + rightmost[0]);
            // The charts are vectors with real text: their titles and tick labels can be found and copied.
            PDFTextStripper charts = new PDFTextStripper();
            charts.setStartPage(4);
            charts.setEndPage(6);
            String chartText = charts.getText(doc);
            for (String expected : new String[] {"Ankomster per måned, og plasser og beboere i mottak", "Belegg i mottak med varselgrenser",
                    "Anmodet, vedtatt og bosatt per fylke i 2026", "Vedtatte plasser i året"}) {
                assertTrue(chartText.contains(expected), "a chart page says '" + expected + "': " + chartText);
            }
            assertTrue(doc.getPage(3).getResources().getXObjectNames().iterator().hasNext(), "the charts are drawn as forms");
            // Every page renders, as a reader's viewer would.
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                assertTrue(renderer.renderImageWithDPI(i, 30).getWidth() > 0);
            }
        }
    }

    @Test
    void theBodyIsAtMostSixPagesWithNoFlagsFilesOrHashesAndTheRestIsAnAppendix() throws IOException {
        for (String lang : new String[] {"nb", "en"}) {
            Path run = SmallRun.write(tmp.resolve("body-" + lang), false);
            try (PDDocument doc = Loader.loadPDF(Briefing.write(run, lang, null).toFile())) {
                int appendix = -1;
                for (int page = 1; page <= doc.getNumberOfPages() && appendix < 0; page++) {
                    PDFTextStripper one = new PDFTextStripper();
                    one.setStartPage(page);
                    one.setEndPage(page);
                    if (one.getText(doc).strip().startsWith("nb".equals(lang) ? "Vedlegg" : "Appendix")) {
                        appendix = page;
                    }
                }
                assertTrue(appendix > 1, lang + ": the briefing has an appendix");
                assertTrue(appendix - 1 <= 6, lang + ": the body is " + (appendix - 1) + " pages; at most six");
                PDFTextStripper body = new PDFTextStripper();
                body.setEndPage(appendix - 1);
                String text = body.getText(doc);
                for (String internal : new String[] {"--", ".csv", "SHA-256", "bosim ensemble", ".yaml", "frø ", "seed "}) {
                    assertTrue(!text.contains(internal), lang + ": the body says '" + internal + "'");
                }
                PDFTextStripper rest = new PDFTextStripper();
                rest.setStartPage(appendix);
                String after = rest.getText(doc);
                assertTrue(after.contains("SHA-256") && after.contains("--deterministic"), lang + ": provenance and the commands are in the appendix");
            }
        }
    }

    @Test
    void englishOnRequest() throws IOException {
        Path run = SmallRun.write(tmp.resolve("en"), false);
        try (PDDocument doc = Loader.loadPDF(Briefing.write(run, "en", null).toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Key figures") && text.contains("Assumptions in force"));
            assertTrue(text.contains("Mean months from an asylum application to the decision: 6 months") && text.contains("A small known run")
                    && text.contains("UDI collective-protection applications by month"), text);
        }
    }

    @Test
    void aSourceCitedForSeveralFiguresIsListedOnce() throws IOException {
        List<String> listed = AssumptionsPages.bySource(List.of("UDI: 8 000 places <https://udi.no/a>", "UDI, March: about 8 000 places <https://udi.no/a>",
                "IMDi: 37 000 <https://imdi.no/b>", "an address-less note"), Lang.NB);
        assertEquals(List.of("UDI: 8 000 places (og 1 tall til fra samme kilde) <https://udi.no/a>", "IMDi: 37 000 <https://imdi.no/b>",
                "an address-less note"), listed);
    }
}

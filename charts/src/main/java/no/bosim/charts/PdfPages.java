package no.bosim.charts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small A4 layout on PDFBox: a cursor that writes headings, wrapped paragraphs, tables and
 * images down the page and starts a new page when one is full, with a page number at the foot.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 50;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final List<Path> DEJAVU = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    private static final List<Path> DEJAVU_BOLD = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"));

    private final PDDocument doc = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private final java.util.Map<PDFont, java.util.Map<Integer, Boolean>> encodable = new java.util.HashMap<>();
    private final String footer;
    private PDPageContentStream content;
    private float y;
    private int pages;

    /**
     * The charts' text in the page's own fonts: every chart font is DejaVu Sans (or the sans-serif
     * fallback), so a bold chart font maps to the bold PDF font and any other to the regular one.
     */
    private final de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer chartText =
            new de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer() {
                @Override
                protected boolean hasDynamicFontMapping() {
                    return true;
                }

                @Override
                protected PDFont mapFont(java.awt.Font font, IFontTextDrawerEnv env) {
                    return font.isBold() ? bold : regular;
                }
            };

    PdfPages(String footer) throws IOException {
        this.footer = footer;
        Path r = DEJAVU.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        Path b = DEJAVU_BOLD.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        if (r != null && b != null) {
            regular = PDType0Font.load(doc, r.toFile());
            bold = PDType0Font.load(doc, b.toFile());
        } else {
            regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        }
    }

    float width() {
        return A4.getWidth() - 2 * MARGIN;
    }

    void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(A4);
        doc.addPage(page);
        pages++;
        content = new PDPageContentStream(doc, page);
        y = A4.getHeight() - MARGIN;
    }

    private void closePage() throws IOException {
        if (content != null) {
            text(footer + "   " + pages, regular, 8, MARGIN, MARGIN / 2, 0.45f);
            content.close();
            content = null;
        }
    }

    /** Makes room for {@code height} points, starting a new page when the current one is full. */
    /** The height left on the page, above its bottom margin (0 before the first page). */
    float heightLeft() {
        return content == null ? 0 : y - MARGIN;
    }

    void need(float height) throws IOException {
        if (content == null || y - height < MARGIN) {
            newPage();
        }
    }

    void space(float points) {
        y -= points;
    }

    /** A heading in bold, wrapped onto more lines where it is wider than the page (a title is never cut). */
    void heading(String text, float size) throws IOException {
        List<String> lines = wrap(text, bold, size, width());
        need(size * (0.8f + 1.4f * lines.size()));
        for (String line : lines) {
            y -= size * 1.25f;
            text(line, bold, size, MARGIN, y, 0f);
        }
        y -= size * 0.75f;
    }

    void paragraph(String text, float size) throws IOException {
        paragraph(text, size, regular, 0f);
    }

    void paragraph(String text, float size, boolean isBold, float grey) throws IOException {
        paragraph(text, size, isBold ? bold : regular, grey);
    }

    private void paragraph(String text, float size, PDFont font, float grey) throws IOException {
        for (String line : wrap(text, font, size, width())) {
            need(size * 1.35f);
            y -= size * 1.35f;
            text(line, font, size, MARGIN, y, grey);
        }
    }

    /** A table: the first row is the header; widths are shares of the text width; cells wrap. */
    void table(List<String[]> rows, float[] widths, float size) throws IOException {
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            PDFont font = r == 0 ? bold : regular;
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < row.length; c++) {
                List<String> w = wrap(row[c], font, size, widths[c] * width() - 6);
                cells.add(w);
                lines = Math.max(lines, w.size());
            }
            float height = lines * size * 1.3f + 4;
            need(height);
            float x = MARGIN;
            for (int c = 0; c < row.length; c++) {
                for (int l = 0; l < cells.get(c).size(); l++) {
                    text(cells.get(c).get(l), font, size, x, y - size * 1.1f - l * size * 1.3f, 0f);
                }
                x += widths[c] * width();
            }
            y -= height;
            content.setStrokingColor(r == 0 ? 0.2f : 0.85f);
            content.setLineWidth(r == 0 ? 0.8f : 0.4f);
            content.moveTo(MARGIN, y + 1);
            content.lineTo(MARGIN + width(), y + 1);
            content.stroke();
        }
    }

    /**
     * A chart drawn as vectors and text into the page (through PDFBox's Graphics2D bridge), at its
     * screen size scaled to {@code width} points: sharp at any zoom, its words searchable and copyable.
     * With DejaVu on the system the chart's text uses it; text no font here can show is drawn as shapes.
     */
    void chart(org.jfree.chart.JFreeChart chart, float width) throws IOException {
        chart(chart, width, ChartWriter.WIDTH, ChartWriter.HEIGHT);
    }

    /** A chart laid out on a canvas of {@code canvasWidth} x {@code canvasHeight} and scaled to {@code width} points, as vectors. */
    void chart(org.jfree.chart.JFreeChart chart, float width, int canvasWidth, int canvasHeight) throws IOException {
        float w = canvasWidth;
        float h = canvasHeight;
        float height = width * h / w;
        need(height + 8);
        de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D g = new de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D(doc, w, h);
        g.setFontTextDrawer(chartText);
        chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, w, h));
        g.dispose();
        y -= height;
        content.saveGraphicsState();
        content.transform(new org.apache.pdfbox.util.Matrix(width / w, 0, 0, height / h, MARGIN, y));
        content.drawForm(g.getXFormObject());
        content.restoreGraphicsState();
        y -= 8;
    }

    private void text(String s, PDFont font, float size, float x, float yPos, float grey) throws IOException {
        content.beginText();
        content.setNonStrokingColor(grey);
        content.setFont(font, size);
        content.newLineAtOffset(x, yPos);
        content.showText(safe(s, font));
        content.endText();
        content.setNonStrokingColor(0f);
    }

    /**
     * Characters the font has no glyph for (Chinese in a description, say, or anything outside
     * WinAnsi without the embedded font) are replaced by '?' rather than failing the briefing.
     */
    private String safe(String s, PDFont font) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            Boolean ok = encodable.computeIfAbsent(font, f -> new java.util.HashMap<>()).computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                    return false;
                }
            });
            if (ok) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<String> words = new ArrayList<>();
        // "4 000" stays on one line: the space inside a number does not break.
        for (String word : text.replaceAll("(?<=\\d) (?=\\d{3}(?!\\d))", "\u00a0").split("\\s+")) {
            words.addAll(pieces(word, font, size, maxWidth));
        }
        for (String word : words) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(safe(candidate, font)) / 1000 * size > maxWidth && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    /**
     * A word wider than the line (a long address, a hash) cut into pieces that fit, each cut after
     * a '/', '-', '?', '&' or '=' where one is near the end, else wherever the line is full.
     */
    private List<String> pieces(String word, PDFont font, float size, float maxWidth) throws IOException {
        List<String> out = new ArrayList<>();
        String rest = word;
        while (font.getStringWidth(safe(rest, font)) / 1000 * size > maxWidth && rest.length() > 1) {
            int fit = 1;
            while (fit < rest.length() && font.getStringWidth(safe(rest.substring(0, fit + 1), font)) / 1000 * size <= maxWidth) {
                fit++;
            }
            int cut = fit;
            for (int i = fit; i > fit * 2 / 3; i--) {
                if ("/-?&=".indexOf(rest.charAt(i - 1)) >= 0) {
                    cut = i;
                    break;
                }
            }
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        out.add(rest);
        return out;
    }

    /**
     * The document's title and author for PDF readers and archives, and its ID derived from the
     * run (not from the clock, as PDFBox would), so the same run gives the same bytes.
     */
    void identify(String title, String subject, String runIdentity) {
        var info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setAuthor("bosim");
        info.setCreator("bosim");
        byte[] id;
        try {
            id = java.util.Arrays.copyOf(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(runIdentity.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
        ids.add(new org.apache.pdfbox.cos.COSString(id));
        ids.add(new org.apache.pdfbox.cos.COSString(id));
        doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
    }

    void save(Path target) throws IOException {
        closePage();
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            doc.save(tmp.toFile());
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}

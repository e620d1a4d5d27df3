package no.bosim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.Map;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * A choropleth of the kommuner as a JFreeChart plot, so a map is drawn, titled and written like every
 * other chart (PNG, SVG, and as vectors in the briefing). Each kommune is filled by its value on a
 * sequential scale (white to blue) or, for changes, a diverging one (red below zero, blue above), with
 * the scale beside it; a kommune without a value is grey.
 */
final class MapPlot extends Plot {

    /** Longitudes are shrunk by the cosine of Norway's middle latitude, so the country keeps its shape. */
    private static final double SHRINK = Math.cos(Math.toRadians(65));
    private static final Color NONE = new Color(0xdd, 0xdd, 0xdd);
    private static final Color LOW = new Color(0xf7, 0xfb, 0xff);
    private static final Color HIGH = new Color(0x08, 0x45, 0x94);
    private static final Color NEGATIVE = new Color(0xb2, 0x18, 0x2b);

    private final transient Map<String, Double> values;
    private final boolean diverging;
    private final String scaleLabel;
    private final transient NumberFormat format;
    private final String font;
    private final String noValue;

    /** @param noValue the words beside the grey of a kommune without a figure */
    MapPlot(Map<String, Double> values, boolean diverging, String scaleLabel, NumberFormat format, String font, String noValue) {
        this.values = Map.copyOf(values);
        this.diverging = diverging;
        this.scaleLabel = scaleLabel;
        this.format = format;
        this.font = font;
        this.noValue = noValue;
    }

    @Override
    public String getPlotType() {
        return "Map";
    }

    /** The scale's ends: 0 to the largest value, or symmetric around 0 for a change. */
    double[] range() {
        double max = values.values().stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).max().orElse(0);
        double min = values.values().stream().mapToDouble(Double::doubleValue).filter(Double::isFinite).min().orElse(0);
        if (diverging) {
            double m = Math.max(Math.max(Math.abs(max), Math.abs(min)), 1e-9);
            return new double[] {-m, m};
        }
        return new double[] {Math.min(0, min), max <= 0 ? 1 : max};
    }

    Color colour(Double v) {
        if (v == null || !Double.isFinite(v)) {
            return NONE;
        }
        double[] r = range();
        if (diverging) {
            double u = Math.max(-1, Math.min(1, v / r[1]));
            return u < 0 ? mix(Color.WHITE, NEGATIVE, -u) : mix(Color.WHITE, HIGH, u);
        }
        return mix(LOW, HIGH, Math.max(0, Math.min(1, (v - r[0]) / (r[1] - r[0]))));
    }

    private static Color mix(Color a, Color b, double u) {
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u), (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u));
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        if (info != null) {
            info.setPlotArea(area);
            info.setDataArea(area);
        }
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double legendWidth = Math.min(150, area.getWidth() * 0.25);
        Rectangle2D mapArea = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth() - legendWidth, area.getHeight());
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (KommuneMap.Shape s : KommuneMap.shapes()) {
            for (double[] r : s.rings()) {
                for (int k = 0; k + 1 < r.length; k += 2) {
                    minX = Math.min(minX, r[k] * SHRINK);
                    maxX = Math.max(maxX, r[k] * SHRINK);
                    minY = Math.min(minY, r[k + 1]);
                    maxY = Math.max(maxY, r[k + 1]);
                }
            }
        }
        double scale = Math.min(mapArea.getWidth() / (maxX - minX), mapArea.getHeight() / (maxY - minY));
        double ox = mapArea.getX() + (mapArea.getWidth() - (maxX - minX) * scale) / 2;
        double oy = mapArea.getY() + (mapArea.getHeight() - (maxY - minY) * scale) / 2;
        BasicStroke border = new BasicStroke((float) Math.max(0.2, scale * 0.004));
        for (KommuneMap.Shape s : KommuneMap.shapes()) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (double[] r : s.rings()) {
                for (int k = 0; k + 1 < r.length; k += 2) {
                    double x = ox + (r[k] * SHRINK - minX) * scale;
                    double y = oy + (maxY - r[k + 1]) * scale;
                    if (k == 0) {
                        path.moveTo(x, y);
                    } else {
                        path.lineTo(x, y);
                    }
                }
                path.closePath();
            }
            g2.setPaint(colour(values.get(s.kommunenummer())));
            g2.fill(path);
            g2.setPaint(Color.WHITE);
            g2.setStroke(border);
            g2.draw(path);
        }
        drawScale(g2, new Rectangle2D.Double(area.getMaxX() - legendWidth + 10, area.getY() + area.getHeight() * 0.15, 22,
                area.getHeight() * 0.5));
    }

    private void drawScale(Graphics2D g2, Rectangle2D bar) {
        double[] r = range();
        int steps = 60;
        for (int i = 0; i < steps; i++) {
            double v = r[1] - (r[1] - r[0]) * (i + 0.5) / steps;
            g2.setPaint(colour(v));
            g2.fill(new Rectangle2D.Double(bar.getX(), bar.getY() + bar.getHeight() * i / steps, bar.getWidth(), bar.getHeight() / steps + 0.5));
        }
        g2.setPaint(Color.DARK_GRAY);
        g2.setStroke(new BasicStroke(0.6f));
        g2.draw(bar);
        g2.setFont(new Font(font, Font.PLAIN, 12));
        float tx = (float) (bar.getMaxX() + 5);
        g2.drawString(format.format(r[1]), tx, (float) bar.getY() + 10);
        if (diverging) {
            g2.drawString(format.format(0), tx, (float) bar.getCenterY() + 4);
        }
        g2.drawString(format.format(r[0]), tx, (float) bar.getMaxY());
        java.util.List<String> lines = wrap(scaleLabel, 18);
        for (int i = 0; i < lines.size(); i++) {
            g2.drawString(lines.get(i), (float) bar.getX(), (float) (bar.getY() - 10 - 14 * (lines.size() - 1 - i)));
        }
        g2.setPaint(NONE);
        g2.fill(new Rectangle2D.Double(bar.getX(), bar.getMaxY() + 16, bar.getWidth(), 10));
        g2.setPaint(Color.DARK_GRAY);
        g2.drawString(noValue, tx, (float) bar.getMaxY() + 26);
    }

    private static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            if (line.length() > 0 && line.length() + w.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(w);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}

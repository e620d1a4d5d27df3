package no.bosim.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 357 kommuner of 2024 as simplified outlines (Kartverket's boundaries, CC BY 4.0, via
 * github.com/robhop/fylker-og-kommuner, simplified by docs/tools/simplify-kommuner-map.py): the
 * GeoJSON text the report embeds for its ECharts maps, and the same outlines as rings for the maps
 * drawn in Java (PNG, SVG, the briefing's vectors).
 */
final class KommuneMap {

    static final String RESOURCE = "/maps/kommuner-2024.json";
    static final String ATTRIBUTION = "Kart: Kartverket 2024 (CC BY 4.0)";

    /** A kommune's outline: rings of longitude and latitude, each ring {x0, y0, x1, y1, ...}. */
    record Shape(String kommunenummer, List<double[]> rings) {
    }

    private static volatile String text;
    private static volatile List<Shape> shapes;

    private KommuneMap() {
    }

    static String geoJson() {
        String t = text;
        if (t == null) {
            try (InputStream in = KommuneMap.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bosim is built without " + RESOURCE);
                }
                t = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            text = t;
        }
        return t;
    }

    private static final Pattern FEATURE = Pattern.compile("\"kommunenummer\":\"(\\d{4})\"\\},\"geometry\":\\{\"type\":\"MultiPolygon\",\"coordinates\":");

    /** Every kommune's rings, read once from the file the tool writes (one known shape, so no general JSON reader is needed). */
    static List<Shape> shapes() {
        List<Shape> s = shapes;
        if (s == null) {
            String t = geoJson();
            List<Shape> out = new ArrayList<>();
            Matcher m = FEATURE.matcher(t);
            while (m.find()) {
                List<double[]> rings = new ArrayList<>();
                int i = m.end();
                int depth = 0;
                List<Double> ring = null;
                StringBuilder number = new StringBuilder();
                do {
                    char c = t.charAt(i++);
                    if (c == '[') {
                        depth++;
                        if (depth == 3) {
                            ring = new ArrayList<>();
                        }
                    } else if (c == ']' || c == ',') {
                        if (number.length() > 0) {
                            ring.add(Double.parseDouble(number.toString()));
                            number.setLength(0);
                        }
                        if (c == ']') {
                            if (depth == 3) {
                                double[] r = new double[ring.size()];
                                for (int k = 0; k < r.length; k++) {
                                    r[k] = ring.get(k);
                                }
                                rings.add(r);
                            }
                            depth--;
                        }
                    } else if (c != ' ') {
                        number.append(c);
                    }
                } while (depth > 0);
                out.add(new Shape(m.group(1), rings));
            }
            s = List.copyOf(out);
            shapes = s;
        }
        return s;
    }
}

package no.bosim.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** Every kommune's rings, read once from the GeoJSON with the JSON reader the manifests use. */
    static List<Shape> shapes() {
        List<Shape> s = shapes;
        if (s == null) {
            Object root = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                    .loadFromString(geoJson());
            List<Shape> out = new ArrayList<>();
            for (Object f : (List<?>) ((Map<?, ?>) root).get("features")) {
                Map<?, ?> feature = (Map<?, ?>) f;
                String nr = String.valueOf(((Map<?, ?>) feature.get("properties")).get("kommunenummer"));
                List<double[]> rings = new ArrayList<>();
                for (Object polygon : (List<?>) ((Map<?, ?>) feature.get("geometry")).get("coordinates")) {
                    for (Object ring : (List<?>) polygon) {
                        List<?> points = (List<?>) ring;
                        double[] r = new double[2 * points.size()];
                        for (int k = 0; k < points.size(); k++) {
                            List<?> xy = (List<?>) points.get(k);
                            r[2 * k] = ((Number) xy.get(0)).doubleValue();
                            r[2 * k + 1] = ((Number) xy.get(1)).doubleValue();
                        }
                        rings.add(r);
                    }
                }
                out.add(new Shape(nr, rings));
            }
            s = List.copyOf(out);
            shapes = s;
        }
        return s;
    }
}

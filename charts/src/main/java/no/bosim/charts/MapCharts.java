package no.bosim.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The run's map: what each kommune is asked to settle per 1 000 inhabitants in the county year (the
 * first year planned wholly in the projection), from municipalities.csv. The report draws the same
 * map with ECharts (hover, click to the kommune's row); this one is for the PNG, the SVG and the
 * briefing.
 */
final class MapCharts {

    static final String FILE = "7-kart";

    private MapCharts() {
    }

    /** Requests per 1 000 inhabitants in {@code year}; a kommune without a population figure is grey. */
    static JFreeChart requestsPerThousand(Results results, Charts charts, Lang lang, int year) {
        Map<String, Double> values = new HashMap<>();
        for (Results.KommuneYear k : results.kommuneYears()) {
            if (k.year() == year && k.population() > 0) {
                values.put(k.kommunenummer(), 1000.0 * k.anmodet() / k.population());
            }
        }
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(lang.locale()));
        MapPlot plot = new MapPlot(values, false, lang.t("anmodet per 1 000 innbyggere", "requested per 1,000 inhabitants"), format,
                Charts.FONT, lang.t("ingen tall", "no figure"));
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        Manifest m = results.manifest();
        return Charts.decorate(chart, lang, lang.t("Anmodet per 1 000 innbyggere i ", "Requested per 1,000 inhabitants in ") + year,
                lang.t("Hver kommune etter hvor mange den blir bedt om å bosette, mot folketallet · scenario ",
                        "Each kommune by how many it is asked to settle, against its population · scenario ") + m.scenario(),
                m.scenario() + "; " + KommuneMap.ATTRIBUTION);
    }
}

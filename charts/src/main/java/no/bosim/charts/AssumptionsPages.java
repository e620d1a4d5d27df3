package no.bosim.charts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of a briefing that say what its figures rest on: every assumption in force as a
 * sentence with its reason, then the sources, one line per address. The same for a run, an
 * ensemble and a comparison.
 */
final class AssumptionsPages {

    private AssumptionsPages() {
    }

    static void write(PdfPages pdf, Lang lang, List<String> assumptions, List<String> sources) throws IOException {
        pdf.newPage();
        pdf.heading(lang.t("Forutsetninger i bruk", "Assumptions in force"), 18);
        pdf.paragraph(lang.t("Tall uten offentlig kilde er antatt; her er hvert av dem med begrunnelsen.",
                "Figures without a public source are assumed; here is each of them with its reason."), 10, false, 0.35f);
        pdf.space(4);
        for (String a : assumptions) {
            pdf.paragraph("• " + a, 9);
            pdf.space(2);
        }
        pdf.space(10);
        pdf.heading(lang.t("Kilder", "Sources"), 18);
        pdf.paragraph(lang.t("Befolkning: Statistisk sentralbyrå (SSB). Anmodet, vedtatt og bosatt 2024: IMDi, Nøkkeltall bosetting 2024. "
                + "Ankomster: UDI. Se scenarios/data/SOURCES.md.", "Population: Statistics Norway (SSB). Requested, decided and settled "
                + "2024: IMDi. Arrivals: UDI. See scenarios/data/SOURCES.md."), 9);
        pdf.space(4);
        for (String s : bySource(sources, lang)) {
            pdf.paragraph("• " + s, 8);
            pdf.space(1);
        }
    }

    /**
     * The sources, one line per address: several figures taken from one page are listed under the
     * first figure's title, with how many more come from it.
     */
    static List<String> bySource(List<String> sources, Lang lang) {
        Map<String, List<String>> byAddress = new LinkedHashMap<>();
        for (String s : sources) {
            int at = s.lastIndexOf(" <");
            String address = at >= 0 && s.endsWith(">") ? s.substring(at + 2, s.length() - 1) : s;
            byAddress.computeIfAbsent(address, a -> new ArrayList<>()).add(at >= 0 ? s.substring(0, at) : s);
        }
        List<String> out = new ArrayList<>();
        byAddress.forEach((address, titles) -> out.add(titles.get(0) + (titles.size() > 1 ? lang.t(" (og " + (titles.size() - 1)
                + " tall til fra samme kilde)", " (and " + (titles.size() - 1) + " more figures from the same source)") : "")
                + (titles.get(0).equals(address) ? "" : " <" + address + ">")));
        return out;
    }
}

package no.bosim.charts;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.bosim.contract.OutputFiles;

/**
 * The key messages of a run in sentences, computed from its results, for the briefing's first page:
 * the peaks and when, whether and when the long waits pass their warning threshold, the need against
 * the kommuner's decisions and the settlement per year, the warnings that fired with their clauses,
 * and whether the grants covered the costs. Every number in them is a figure of the run.
 */
final class Findings {

    private final Results results;
    private final KeyFigures k;
    private final Lang lang;
    private final NumberFormat n;

    Findings(Results results, KeyFigures k, Lang lang) {
        this.results = results;
        this.k = k;
        this.lang = lang;
        this.n = lang.integers();
    }

    List<String> sentences() {
        List<String> out = new ArrayList<>();
        timeline().ifPresent(out::add);
        out.add(lang.t("Flest i mottak: ", "Most in reception: ") + n.format(k.peakMottak().inMottak()) + lang.t(" personer i ", " people in ")
                + month(k.peakMottak().month()) + lang.t("; flest bosettingsklare: ", "; most settlement-ready: ")
                + n.format(k.peakBacklog().settlementReady()) + lang.t(" i ", " in ") + month(k.peakBacklog().month()) + ".");
        out.add(longWaits());
        out.addAll(needAndDecisions());
        againstHistory().ifPresent(out::add);
        out.add(warnings());
        coverage().ifPresent(out::add);
        out.add(oneRun());
        return out;
    }

    private String longWaits() {
        double threshold = results.manifest().parameter("varsel_lengeventende_andel_maks", Double.NaN);
        Results.Month peak = k.peakLongWaitShare();
        if (peak.longWaitShare() < 0.005) {
            // A "highest" of 0 % says nothing; that nobody waited too long is the finding.
            return lang.t("Ingen bosettingsklare venter lenger enn målet i framskrivingen (andelen runder aldri opp til 1 %).",
                    "No one ready for settlement waits past the goal in the projection (the share never rounds up to 1 %).");
        }
        String top = lang.t("Andelen lengeventende (bosettingsklare som har ventet lenger enn målet) er høyest ",
                "The share of long waiters (settlement-ready past their waiting goal) is highest at ")
                + lang.percent().format(peak.longWaitShare()) + lang.t(" i ", " in ") + month(peak.month());
        if (Double.isNaN(threshold)) {
            return top + ".";
        }
        // The threshold in force in each month, where the scenario changes it during the run.
        String name = "varsel_lengeventende_andel_maks";
        List<Results.Month> over = results.projection().stream()
                .filter(m -> m.longWaitShare() > results.manifest().parameterAt(name, m.month(), threshold)).toList();
        String edge = results.manifest().changes(name) ? lang.t("varselgrensen (fra ", "the warning threshold (from ")
                + lang.percent().format(threshold) + lang.t(", endret i perioden)", ", changed during the run)")
                : lang.t("varselgrensen på ", "the warning threshold of ") + lang.percent().format(threshold);
        if (over.isEmpty()) {
            return top + lang.t("; den går aldri over ", "; it never passes ") + edge + ".";
        }
        return top + lang.t("; den er over ", "; it is above ") + edge
                + lang.t(" i ", " in ") + over.size() + lang.t(over.size() == 1 ? " måned" : " måneder", over.size() == 1 ? " month" : " months")
                + lang.t(", første gang i ", ", first in ") + month(over.get(0).month()) + ".";
    }

    /**
     * The model against what really happened, for every year with an observed settlement: how far the
     * run (its replay of history) is from IMDi's figures, so the reader knows how much to trust its
     * projection. Computed from all months, not only the projection's.
     */
    private java.util.Optional<String> againstHistory() {
        List<Results.Observed> settled = results.observed("settled").stream().filter(o -> o.period().length() == 4).toList();
        List<String> years = new ArrayList<>();
        for (Results.Observed o : settled) {
            int year = Integer.parseInt(o.period());
            List<Results.Month> ofYear = results.months().stream().filter(m -> m.month().getYear() == year).toList();
            if (ofYear.size() != 12) {
                continue;
            }
            double model = ofYear.stream().mapToDouble(Results.Month::settled).sum();
            years.add(year + ": " + n.format(o.value()) + lang.t(" mot ", " against ") + n.format(model) + " ("
                    + signedPercent(model / o.value() - 1) + ")");
        }
        if (years.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(lang.t("Mot det som faktisk skjedde, bosatt per år (IMDi mot kjøringen): ",
                "Against what really happened, settled per year (IMDi against the run): ") + String.join("; ", years) + ".");
    }

    /** Where the projection starts and what data it rests on; empty when the whole run is projection. */
    private java.util.Optional<String> timeline() {
        YearMonth ends = results.historyEnds();
        if (ends == null) {
            return java.util.Optional.empty();
        }
        StringBuilder b = new StringBuilder(lang.t("Framskrivingen starter i ", "The projection starts in ") + month(ends.plusMonths(1))
                + lang.t(", med data per ", ", with data up to ") + month(ends) + lang.t(": årene fra ", ": the years from ")
                + month(results.months().get(0).month()) + lang.t(" er historikk spilt av på observerte tall, og tallene under gjelder framskrivingen.",
                        " are history replayed on observed inputs, and the figures below are the projection's."));
        // Where the arrivals' observed figures end, the assumption that continues them is named: it drives the projection.
        java.nio.file.Path manifest = results.dir().resolve(OutputFiles.MANIFEST);
        String to = Manifest.text(manifest, "arrivals_observed_to");
        String then = Manifest.text(manifest, lang.t("arrivals_continued_by_nb", "arrivals_continued_by"));
        if (to != null && then != null) {
            b.append(lang.t(" Ankomstene etter ", " Arrivals after ")).append(month(YearMonth.parse(to))).append(lang.t(" er ", " are "))
                    .append(then.replaceFirst("^(antatt|assumed): ", lang.t("antatt: ", "assumed: "))).append(then.endsWith(".") ? "" : ".");
        }
        return java.util.Optional.of(b.toString());
    }

    private String signedPercent(double share) {
        return (share >= 0 ? "+" : "−") + lang.percent().format(Math.abs(share));
    }

    private List<String> needAndDecisions() {
        List<String> out = new ArrayList<>();
        List<String> shortOfNeed = new ArrayList<>();
        for (KeyFigures.Year y : k.years()) {
            if (y.need() > 0 && y.vedtatt() < y.need()) {
                shortOfNeed.add(y.year() + " (" + n.format(y.vedtatt()) + lang.t(" av ", " of ") + n.format(y.need()) + ")");
            }
        }
        out.add(shortOfNeed.isEmpty()
                ? lang.t("Kommunene vedtar hvert år minst så mange plasser som behovet.", "Every year the kommuner decide at least as many places as the need.")
                : lang.t("Kommunene vedtar færre plasser enn behovet i ", "The kommuner decide fewer places than the need in ")
                        + String.join(", ", shortOfNeed.subList(0, Math.min(4, shortOfNeed.size())))
                        + (shortOfNeed.size() > 4 ? lang.t(" og ", " and ") + (shortOfNeed.size() - 4) + lang.t(" år til", " more years") : "") + ".");
        // A need revised during the year: the decisions were made against the first request, and say so.
        k.years().stream().filter(y -> y.revisedIn() != null).limit(3).forEach(y -> out.add(lang.t("I ", "In ") + y.year()
                + lang.t(" ble behovet revidert fra ", " the need was revised from ") + n.format(y.needFirst()) + lang.t(" til ", " to ")
                + n.format(y.need()) + lang.t(" i ", " in ") + month(y.revisedIn()) + "; "
                + (y.need() < y.needFirst()
                        ? lang.t("kommunenes " + n.format(y.vedtatt()) + " plasser ble vedtatt mot " + n.format(y.needFirst())
                                + " og står (kommuner beholder vedtak når anmodningen kuttes).",
                                "the kommuner's " + n.format(y.vedtatt()) + " places were decided against " + n.format(y.needFirst())
                                + " and stand (kommuner keep their decisions when the request is cut).")
                        : lang.t("kommunene vedtok på nytt mot den hevede anmodningen: " + n.format(y.vedtatt()) + " plasser.",
                                "the kommuner decided anew against the raised request: " + n.format(y.vedtatt()) + " places."))));
        List<String> settled = new ArrayList<>();
        for (KeyFigures.Year y : k.years()) {
            if (y.need() > 0 && settled.size() < 3) {
                settled.add(y.year() + ": " + n.format(y.settled()) + " (" + lang.percent().format(y.settled() / y.need()) + ")");
            }
        }
        if (!settled.isEmpty()) {
            out.add(lang.t("Bosatt mot behovet, de første årene: ", "Settled against the need, the first years: ") + String.join("; ", settled) + ".");
        }
        return out;
    }

    private String warnings() {
        if (k.warnings().isEmpty()) {
            return results.historyEnds() != null ? lang.t("Ingen varsler i framskrivingen.", "No warnings in the projection.")
                    : lang.t("Ingen varsler i perioden.", "No warnings in the period.");
        }
        List<String> parts = k.warnings().stream().sorted(Comparator.comparingInt(KeyFigures.Warning::months).reversed()).limit(4)
                .map(w -> w.named(lang) + clause(w.clause()) + lang.t(" i ", " in ") + w.months()
                        + lang.t(w.months() == 1 ? " måned" : " måneder", w.months() == 1 ? " month" : " months")
                        + lang.t(" fra ", " from ") + month(YearMonth.parse(w.first())))
                .toList();
        boolean one = k.warnings().size() == 1;
        if (one) {
            return lang.t("1 varsel gikk: ", "1 warning fired: ") + String.join("; ", parts) + ".";
        }
        // The first warning is what a contingency planner asks for: when the system first said it was in trouble.
        KeyFigures.Warning first = k.warnings().stream().min(Comparator.comparing(KeyFigures.Warning::first)).orElseThrow();
        return k.warnings().size() + lang.t(" varsler gikk, det første i ", " warnings fired, the first in ")
                + month(YearMonth.parse(first.first())) + ": " + first.named(lang) + clause(first.clause()) + lang.t("; flest måneder: ", "; most months: ")
                + String.join("; ", parts) + ".";
    }

    /** A numbered clause as "avtalepunkt 4.6", a named one (a section without a number) as "avtalen: Resultatmål". */
    private String clause(String clause) {
        return !clause.isEmpty() && Character.isDigit(clause.charAt(0))
                ? lang.t(" (avtalepunkt ", " (clause ") + clause + ")" : lang.t(" (avtalen: ", " (the agreement: ") + clause + ")";
    }

    private java.util.Optional<String> coverage() {
        List<KeyFigures.Year> assessed = k.years().stream().filter(y -> !Double.isNaN(y.coverage())).toList();
        if (assessed.isEmpty()) {
            return java.util.Optional.empty();
        }
        double low = assessed.stream().mapToDouble(KeyFigures.Year::coverage).min().orElseThrow();
        double high = assessed.stream().mapToDouble(KeyFigures.Year::coverage).max().orElseThrow();
        long under = assessed.stream().filter(y -> y.coverage() < 1).count();
        return java.util.Optional.of(lang.t("Tilskuddene dekker ", "The grants cover ") + lang.percent().format(low) + "–"
                + lang.percent().format(high) + lang.t(" av kommunenes merkostnader; under 100 % i ", " of the kommuner's extra costs; under 100 % in ")
                + under + lang.t(" av ", " of ") + assessed.size() + lang.t(" år.", " years."));
    }

    private String oneRun() {
        if ("deterministic".equals(results.manifest().mode())) {
            return lang.t("Kjøringen er deterministisk: forventede verdier uten tilfeldig variasjon.",
                    "The run is deterministic: expected values without random variation.");
        }
        // Words for a committee: how to get the expected path and the spread is in the appendix, with the commands.
        // A replayed history is not drawn (its inputs are observed), so only the projection varies between runs.
        boolean replayed = results.historyEnds() != null;
        return lang.t("Dette er én kjøring med tilfeldig variasjon"
                + (replayed ? " i framskrivingen (historikken er lik i hver kjøring)" : "")
                + "; en annen kjøring gir andre tall. Forventet forløp og spredningen "
                + "rundt det fås ved å kjøre scenariet uten tilfeldig variasjon og som mange kjøringer (se vedlegget).",
                "This is one run with random variation" + (replayed ? " in the projection (the history is the same in every run)" : "")
                + "; another run gives other figures. The expected path and the spread around it "
                + "come from running the scenario without random variation and as many runs (see the appendix).");
    }

    private String month(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, lang.locale()) + " " + m.getYear();
    }
}

package no.bosim.rules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.kie.api.runtime.KieSession;
import org.junit.jupiter.api.Test;

/**
 * The decision rules against IMDi's real 2024 figures: each kommune's real request goes through
 * vedtak.drl and the decisions are compared with what it really decided. The fit is documented
 * in docs/rules.md; this test keeps it from drifting.
 */
class VedtakCalibrationTest {

    @Test
    void onIMDis2024RequestsTheRulesDecideWhatKommunerDecidedNationallyAndFitBetterThanOneNationalShare() throws IOException {
        Map<String, Double> params = RuleCases.shippedParameters();
        KieSession s = RuleBook.shipped().kieBase().newKieSession();
        Conclusions conclusions = new Conclusions();
        s.setGlobal(Conclusions.GLOBAL, conclusions);
        params.forEach((n, v) -> s.insert(new Param(n, v)));
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(Path.of("../scenarios/data/kommuner.csv"), StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
        Map<String, Integer> real = new java.util.HashMap<>();
        Map<String, Integer> asked = new java.util.HashMap<>();
        for (CSVRecord row : rows) {
            if (!row.get("imdi_2024_vedtatt").isEmpty()) {
                real.put(row.get("kommunenummer"), Integer.parseInt(row.get("imdi_2024_vedtatt")));
                asked.put(row.get("kommunenummer"), Integer.parseInt(row.get("imdi_2024_anmodet")));
                s.insert(new Anmodning(row.get("kommunenummer"), Integer.parseInt(row.get("folkemengde_2024_01_01")),
                        Integer.parseInt(row.get("imdi_2024_anmodet")), 0, 0.0));
            }
        }
        s.fireAllRules();
        long predicted = 0;
        long actual = 0;
        double absError = 0;
        double flatError = 0;
        int n = 0;
        for (Vedtak v : conclusions.vedtak()) {
            int truth = real.get(v.getKommunenummer());
            predicted += v.getVedtatt();
            actual += truth;
            absError += Math.abs(v.getVedtatt() - truth);
            flatError += Math.abs(Math.round(asked.get(v.getKommunenummer()) * 28_340.0 / 37_000) - truth);
            n++;
        }
        s.dispose();
        assertEquals(352, n, "every kommune that decided in 2024");
        assertEquals(28_340, actual);
        assertEquals(actual, predicted, 0.01 * actual, "national total within 1 %");
        double mae = absError / n;
        double flat = flatError / n;
        assertTrue(mae < flat, "the bands fit better than one national share: " + mae + " vs " + flat);
        System.out.printf(java.util.Locale.ROOT, "vedtak calibration 2024: predicted %d vs actual %d; mean absolute error %.1f per kommune"
                + " (one national share: %.1f)%n", predicted, actual, mae, flat);
    }
}

package no.bosim.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small, known run's output folder written by hand: 14 months from 2025-01, two counties with
 * two kommuner each, one capacity warning, two years of costs. Either CSV dialect.
 */
final class SmallRun {

    static final int MONTHS = 14;

    private SmallRun() {
    }

    static Path write(Path dir, boolean excel) throws IOException {
        Files.createDirectories(dir);
        String sep = excel ? ";" : ",";
        StringBuilder ts = new StringBuilder(String.join(sep, "month", "arrivals_asylum", "arrivals_em", "arrivals_ukraine",
                "arrivals_quota", "reception_capacity", "in_mottak", "occupancy", "ready_0_3m", "ready_4_6m", "ready_7_12m",
                "ready_over_12m", "long_waiters", "long_wait_share", "settlement_ready", "settled", "settled_year", "bosettingsbehov", "vedtatt_year")).append('\n');
        int settledYear = 0;
        for (int i = 0; i < MONTHS; i++) {
            int month = i % 12 + 1;
            int year = 2025 + i / 12;
            settledYear = month == 1 ? 100 + i : settledYear + 100 + i;
            double occupancy = (800.0 + 10 * i) / 1000;
            String occ = String.format(java.util.Locale.ROOT, "%.6f", occupancy);
            String share = "0.250000";
            if (excel) {
                occ = occ.replace('.', ',');
                share = share.replace('.', ',');
            }
            ts.append(String.join(sep, String.format("%d-%02d", year, month), String.valueOf(400 + i), "45", "1000", "80", "1000",
                    String.valueOf(800 + 10 * i), occ, "300", "100", "80", "20", "100", share, "500", String.valueOf(100 + i),
                    String.valueOf(settledYear), year == 2025 ? "1500" : "1200", year == 2025 ? "1400" : "1100")).append('\n');
        }
        Files.writeString(dir.resolve("timeseries.csv"), (excel ? "\ufeff" : "") + ts, StandardCharsets.UTF_8);
        StringBuilder ky = new StringBuilder(String.join(sep, "year", "kommunenummer", "kommune", "fylke", "anmodet", "anmodet_em",
                "vedtatt", "bosatt")).append('\n');
        for (int year : new int[] {2025, 2026}) {
            ky.append(String.join(sep, String.valueOf(year), "0301", "Oslo", "Oslo", "100", "5", "90", "80")).append('\n');
            ky.append(String.join(sep, String.valueOf(year), "1103", "Stavanger", "Rogaland", "60", "3", "50", "40")).append('\n');
            ky.append(String.join(sep, String.valueOf(year), "1108", "Sandnes", "Rogaland", "40", "2", "30", "20")).append('\n');
        }
        Files.writeString(dir.resolve("municipalities.csv"), ky.toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("alerts.csv"), String.join(sep, "month", "rule_id", "severity", "clause", "subject", "value",
                "threshold", "message") + "\n" + String.join(sep, "2025-06", "VARSEL-01", "høy", "\"1.1, 2.1, 6.3\"", "mottak",
                excel ? "0,96" : "0.96", excel ? "0,95" : "0.95", "Belegget i mottak har vært over 95 %") + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("costs.csv"), String.join(sep, "year", "subject", "kommune", "grants_nok", "costs_nok", "coverage",
                "rule_ids") + "\n" + String.join(sep, "2025", "0000", "Hele landet", "2000000000", "2500000000", excel ? "0,8" : "0.8", "KOST-01")
                + "\n" + String.join(sep, "2026", "0000", "Hele landet", "3000000000", "2500000000", excel ? "1,2" : "1.2", "KOST-01") + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("manifest.json"), """
                {
                  "bosim_version": "0.1.0",
                  "scenario": "small",
                  "scenario_description": "A small known run for the chart tests",
                  "scenario_sha256": "abc",
                  "seed": 7,
                  "start": "2025-01",
                  "end": "2026-02",
                  "criteria": "2024",
                  "policy": "drools",
                  "rule_files_sha256": {
                    "varsling.drl": "x"
                  },
                  "assumptions": [
                    "parameter behandlingstid_asyl_mnd = 6.0 months from 2015-01: a round middle figure"
                  ],
                  "assumptions_nb": [
                    "Gjennomsnittlig tid fra asylsøknad til vedtak: 6 måneder. Et rundt middeltall"
                  ],
                  "assumptions_en": [
                    "Mean months from an asylum application to the decision: 6 months. A round middle figure"
                  ],
                  "sources": [
                    "IMDi, Nøkkeltall bosetting 2024 <https://www.imdi.no/>",
                    "UDI collective-protection applications by month <https://udi.no/statistics-and-analysis/statistics/application-for-temporary-collective-protection-in-norway-by-citizenship-and-month-2024>"
                  ],
                  "sources_nb": [
                    "IMDi, Nøkkeltall bosetting 2024 <https://www.imdi.no/>",
                    "UDI, søknader om kollektiv beskyttelse per måned <https://udi.no/statistics-and-analysis/statistics/application-for-temporary-collective-protection-in-norway-by-citizenship-and-month-2024>"
                  ],
                  "scenario_description_nb": "En liten kjent kjøring for testene av figurene",
                  "parameters_at_start": {
                    "maal_belegg": 0.85,
                    "varsel_lengeventende_andel_maks": 0.2,
                    "varsel_belegg_hoy": 0.95,
                    "varsel_belegg_lav": 0.7
                  }
                }
                """, StandardCharsets.UTF_8);
        return dir;
    }
}

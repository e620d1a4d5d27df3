package no.bosim.simulator;

/** One kommune in one simulated year, as written to {@code municipalities.csv}. */
public record KommuneYearRecord(int year, String kommunenummer, String kommune, String fylke, int anmodet,
                                int anmodetEm, int vedtatt, int vedtattEm, int bosatt, int bosattEm,
                                String criteria, double weight, String ruleIds, int population) {
}

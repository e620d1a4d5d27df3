package no.bosim.results;

import java.util.List;
import no.bosim.rules.Alert;
import no.bosim.simulator.KommuneYearRecord;
import no.bosim.simulator.MonthRecord;

/**
 * The output contract: file names and columns in order. The first columns of each file are the
 * ones the core issue fixed; later columns extend them. Never rename or reorder, only append.
 */
public final class Contract {

    public static final String TIMESERIES = "timeseries.csv";
    public static final String MUNICIPALITIES = "municipalities.csv";
    public static final String ALERTS = "alerts.csv";
    public static final String MANIFEST = "manifest.json";
    /** The result files as one Excel workbook, with --xlsx or bosim xlsx (written by the charts module). */
    public static final String WORKBOOK = "results.xlsx";
    /** The interactive page of a run, ensemble, comparison or backtest (written by the charts module's Report). */
    public static final String REPORT = "report.html";
    public static final String COSTS = "costs.csv";
    /** The observed figures within the run, when its scenario names them (written by backtest.ObservedWriter). */
    public static final String OBSERVED = "observed.csv";
    public static final String CAPACITY_ORDERS = "capacity_orders.csv";

    public static final List<Column<MonthRecord>> TIMESERIES_COLUMNS = List.of(
            new Column<>("month", r -> r.month().toString()),
            new Column<>("arrivals_asylum", MonthRecord::arrivalsAsylum),
            new Column<>("arrivals_em", MonthRecord::arrivalsEm),
            new Column<>("arrivals_ukraine", MonthRecord::arrivalsUkraine),
            new Column<>("arrivals_quota", MonthRecord::arrivalsQuota),
            new Column<>("arrivals_cum", MonthRecord::arrivalsCum),
            new Column<>("awaiting_decision", MonthRecord::awaitingDecision),
            new Column<>("settlement_ready", MonthRecord::settlementReady),
            new Column<>("long_waiters", MonthRecord::longWaiters),
            new Column<>("long_wait_share", MonthRecord::longWaitShare),
            new Column<>("in_mottak", MonthRecord::inMottak),
            new Column<>("in_care_centres", MonthRecord::inCareCentres),
            new Column<>("in_private", MonthRecord::inPrivate),
            new Column<>("reception_capacity", MonthRecord::receptionCapacity),
            new Column<>("occupancy", MonthRecord::occupancy),
            new Column<>("settled", MonthRecord::settled),
            new Column<>("settled_cum", MonthRecord::settledCum),
            new Column<>("departed", MonthRecord::departed),
            new Column<>("departed_cum", MonthRecord::departedCum),
            new Column<>("granted", MonthRecord::granted),
            new Column<>("refused", MonthRecord::refused),
            new Column<>("refused_awaiting_departure", MonthRecord::refusedAwaitingDeparture),
            new Column<>("settled_em", MonthRecord::settledEm),
            new Column<>("em_long_waiters", MonthRecord::emLongWaiters),
            new Column<>("ready_0_3m", MonthRecord::ready0to3),
            new Column<>("ready_4_6m", MonthRecord::ready4to6),
            new Column<>("ready_7_12m", MonthRecord::ready7to12),
            new Column<>("ready_over_12m", MonthRecord::readyOver12),
            new Column<>("bosettingsbehov", MonthRecord::bosettingsbehov),
            new Column<>("vedtatt_year", MonthRecord::vedtattYear),
            new Column<>("settled_year", MonthRecord::settledYear),
            new Column<>("wait_mean_months", MonthRecord::waitMeanMonths),
            new Column<>("settled_within_6m_share", MonthRecord::settledWithin6Share),
            new Column<>("settled_ukraine", MonthRecord::settledUkraine),
            new Column<>("settlement_ready_in_mottak", MonthRecord::settlementReadyInMottak),
            new Column<>("in_processing", MonthRecord::inProcessing),
            new Column<>("processing_backlog", MonthRecord::processingBacklog),
            new Column<>("processing_capacity", MonthRecord::processingCapacity),
            new Column<>("decided", MonthRecord::decided),
            new Column<>("processing_months_mean", MonthRecord::processingMonthsMean),
            new Column<>("capacity_ordinary", MonthRecord::capacityOrdinary),
            new Column<>("capacity_emergency", MonthRecord::capacityEmergency),
            new Column<>("turned_18", MonthRecord::turned18),
            new Column<>("anmodet_year", MonthRecord::anmodetYear),
            new Column<>("inputs", r -> r.projected() ? "projected" : "observed"),
            new Column<>("justering_mot_observert", MonthRecord::adjusted),
            new Column<>("justering_mot_observert_cum", MonthRecord::adjustedCum));

    public static final List<Column<KommuneYearRecord>> MUNICIPALITY_COLUMNS = List.of(
            new Column<>("year", KommuneYearRecord::year),
            new Column<>("kommunenummer", KommuneYearRecord::kommunenummer),
            new Column<>("kommune", KommuneYearRecord::kommune),
            new Column<>("fylke", KommuneYearRecord::fylke),
            new Column<>("anmodet", KommuneYearRecord::anmodet),
            new Column<>("anmodet_em", KommuneYearRecord::anmodetEm),
            new Column<>("vedtatt", KommuneYearRecord::vedtatt),
            new Column<>("bosatt", KommuneYearRecord::bosatt),
            new Column<>("vedtatt_em", KommuneYearRecord::vedtattEm),
            new Column<>("bosatt_em", KommuneYearRecord::bosattEm),
            new Column<>("criteria", KommuneYearRecord::criteria),
            new Column<>("weight", r -> r.weight()),
            new Column<>("rule_ids", KommuneYearRecord::ruleIds),
            new Column<>("folkemengde", KommuneYearRecord::population));

    public static final List<Column<Alert>> ALERT_COLUMNS = List.of(
            new Column<>("month", a -> a.month().toString()),
            new Column<>("rule_id", Alert::ruleId),
            new Column<>("severity", a -> a.severity().label()),
            new Column<>("clause", Alert::clause),
            new Column<>("subject", Alert::subject),
            new Column<>("value", a -> a.value()),
            new Column<>("threshold", a -> a.threshold()),
            new Column<>("message", Alert::message),
            new Column<>("rule_name", Alert::name),
            new Column<>("message_en", Alert::messageEn));

    /** One row of costs.csv: a year and a subject (a kommunenummer, 0000 for the country, or vertskommuner). */
    public record CostRow(int year, String subject, String kommune, double grantsNok, double costsNok, double coverage,
                          String ruleIds) {
    }

    public static final List<Column<CostRow>> COST_COLUMNS = List.of(
            new Column<>("year", CostRow::year),
            new Column<>("subject", CostRow::subject),
            new Column<>("kommune", CostRow::kommune),
            new Column<>("grants_nok", r -> Math.round(r.grantsNok())),
            new Column<>("costs_nok", r -> Math.round(r.costsNok())),
            new Column<>("coverage", r -> r.coverage()),
            new Column<>("rule_ids", CostRow::ruleIds));

    public static final List<Column<no.bosim.rules.CapacityOrder>> CAPACITY_ORDER_COLUMNS = List.of(
            new Column<>("ordered", o -> o.ordered().toString()),
            new Column<>("effective", o -> o.effective().toString()),
            new Column<>("places", no.bosim.rules.CapacityOrder::places),
            new Column<>("kind", o -> o.kind().label()),
            new Column<>("rule_id", no.bosim.rules.CapacityOrder::ruleId));

    private Contract() {
    }
}

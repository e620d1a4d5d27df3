package no.bosim.results;

import java.util.List;
import no.bosim.contract.Columns;
import no.bosim.contract.Columns.Alerts;
import no.bosim.contract.Columns.CapacityOrders;
import no.bosim.contract.Columns.Costs;
import no.bosim.contract.Columns.Municipalities;
import no.bosim.contract.Columns.Timeseries;
import no.bosim.rules.Alert;
import no.bosim.simulator.KommuneYearRecord;
import no.bosim.simulator.MonthRecord;

/**
 * The run's files, column by column: what the simulator writes in each of the contract's columns
 * ({@link Columns}, whose names and order it takes; {@link OutputFiles} names the files). Never
 * rename or reorder, only append, in the contract first.
 */
public final class Contract {

    public static final List<Column<MonthRecord>> TIMESERIES_COLUMNS = checked(Timeseries.class, List.of(
            new Column<>(Timeseries.MONTH, r -> r.month().toString()),
            new Column<>(Timeseries.ARRIVALS_ASYLUM, MonthRecord::arrivalsAsylum),
            new Column<>(Timeseries.ARRIVALS_EM, MonthRecord::arrivalsEm),
            new Column<>(Timeseries.ARRIVALS_UKRAINE, MonthRecord::arrivalsUkraine),
            new Column<>(Timeseries.ARRIVALS_QUOTA, MonthRecord::arrivalsQuota),
            new Column<>(Timeseries.ARRIVALS_CUM, MonthRecord::arrivalsCum),
            new Column<>(Timeseries.AWAITING_DECISION, MonthRecord::awaitingDecision),
            new Column<>(Timeseries.SETTLEMENT_READY, MonthRecord::settlementReady),
            new Column<>(Timeseries.LONG_WAITERS, MonthRecord::longWaiters),
            new Column<>(Timeseries.LONG_WAIT_SHARE, MonthRecord::longWaitShare),
            new Column<>(Timeseries.IN_MOTTAK, MonthRecord::inMottak),
            new Column<>(Timeseries.IN_CARE_CENTRES, MonthRecord::inCareCentres),
            new Column<>(Timeseries.IN_PRIVATE, MonthRecord::inPrivate),
            new Column<>(Timeseries.RECEPTION_CAPACITY, MonthRecord::receptionCapacity),
            new Column<>(Timeseries.OCCUPANCY, MonthRecord::occupancy),
            new Column<>(Timeseries.SETTLED, MonthRecord::settled),
            new Column<>(Timeseries.SETTLED_CUM, MonthRecord::settledCum),
            new Column<>(Timeseries.DEPARTED, MonthRecord::departed),
            new Column<>(Timeseries.DEPARTED_CUM, MonthRecord::departedCum),
            new Column<>(Timeseries.GRANTED, MonthRecord::granted),
            new Column<>(Timeseries.REFUSED, MonthRecord::refused),
            new Column<>(Timeseries.REFUSED_AWAITING_DEPARTURE, MonthRecord::refusedAwaitingDeparture),
            new Column<>(Timeseries.SETTLED_EM, MonthRecord::settledEm),
            new Column<>(Timeseries.EM_LONG_WAITERS, MonthRecord::emLongWaiters),
            new Column<>(Timeseries.READY_0_3M, MonthRecord::ready0to3),
            new Column<>(Timeseries.READY_4_6M, MonthRecord::ready4to6),
            new Column<>(Timeseries.READY_7_12M, MonthRecord::ready7to12),
            new Column<>(Timeseries.READY_OVER_12M, MonthRecord::readyOver12),
            new Column<>(Timeseries.BOSETTINGSBEHOV, MonthRecord::bosettingsbehov),
            new Column<>(Timeseries.VEDTATT_YEAR, MonthRecord::vedtattYear),
            new Column<>(Timeseries.SETTLED_YEAR, MonthRecord::settledYear),
            new Column<>(Timeseries.WAIT_MEAN_MONTHS, MonthRecord::waitMeanMonths),
            new Column<>(Timeseries.SETTLED_WITHIN_6M_SHARE, MonthRecord::settledWithin6Share),
            new Column<>(Timeseries.SETTLED_UKRAINE, MonthRecord::settledUkraine),
            new Column<>(Timeseries.SETTLEMENT_READY_IN_MOTTAK, MonthRecord::settlementReadyInMottak),
            new Column<>(Timeseries.IN_PROCESSING, MonthRecord::inProcessing),
            new Column<>(Timeseries.PROCESSING_BACKLOG, MonthRecord::processingBacklog),
            new Column<>(Timeseries.PROCESSING_CAPACITY, MonthRecord::processingCapacity),
            new Column<>(Timeseries.DECIDED, MonthRecord::decided),
            new Column<>(Timeseries.PROCESSING_MONTHS_MEAN, MonthRecord::processingMonthsMean),
            new Column<>(Timeseries.CAPACITY_ORDINARY, MonthRecord::capacityOrdinary),
            new Column<>(Timeseries.CAPACITY_EMERGENCY, MonthRecord::capacityEmergency),
            new Column<>(Timeseries.TURNED_18, MonthRecord::turned18),
            new Column<>(Timeseries.ANMODET_YEAR, MonthRecord::anmodetYear),
            new Column<>(Timeseries.INPUTS, r -> r.projected() ? "projected" : "observed"),
            new Column<>(Timeseries.JUSTERING_MOT_OBSERVERT, MonthRecord::adjusted),
            new Column<>(Timeseries.JUSTERING_MOT_OBSERVERT_CUM, MonthRecord::adjustedCum)));

    public static final List<Column<KommuneYearRecord>> MUNICIPALITY_COLUMNS = checked(Municipalities.class, List.of(
            new Column<>(Municipalities.YEAR, KommuneYearRecord::year),
            new Column<>(Municipalities.KOMMUNENUMMER, KommuneYearRecord::kommunenummer),
            new Column<>(Municipalities.KOMMUNE, KommuneYearRecord::kommune),
            new Column<>(Municipalities.FYLKE, KommuneYearRecord::fylke),
            new Column<>(Municipalities.ANMODET, KommuneYearRecord::anmodet),
            new Column<>(Municipalities.ANMODET_EM, KommuneYearRecord::anmodetEm),
            new Column<>(Municipalities.VEDTATT, KommuneYearRecord::vedtatt),
            new Column<>(Municipalities.BOSATT, KommuneYearRecord::bosatt),
            new Column<>(Municipalities.VEDTATT_EM, KommuneYearRecord::vedtattEm),
            new Column<>(Municipalities.BOSATT_EM, KommuneYearRecord::bosattEm),
            new Column<>(Municipalities.CRITERIA, KommuneYearRecord::criteria),
            new Column<>(Municipalities.WEIGHT, r -> r.weight()),
            new Column<>(Municipalities.RULE_IDS, KommuneYearRecord::ruleIds),
            new Column<>(Municipalities.FOLKEMENGDE, KommuneYearRecord::population)));

    public static final List<Column<Alert>> ALERT_COLUMNS = checked(Alerts.class, List.of(
            new Column<>(Alerts.MONTH, a -> a.month().toString()),
            new Column<>(Alerts.RULE_ID, Alert::ruleId),
            new Column<>(Alerts.SEVERITY, a -> a.severity().label()),
            new Column<>(Alerts.CLAUSE, Alert::clause),
            new Column<>(Alerts.SUBJECT, Alert::subject),
            new Column<>(Alerts.VALUE, a -> a.value()),
            new Column<>(Alerts.THRESHOLD, a -> a.threshold()),
            new Column<>(Alerts.MESSAGE, Alert::message),
            new Column<>(Alerts.RULE_NAME, Alert::name),
            new Column<>(Alerts.MESSAGE_EN, Alert::messageEn)));

    /** One row of costs.csv: a year and a subject (a kommunenummer, 0000 for the country, or vertskommuner). */
    public record CostRow(int year, String subject, String kommune, double grantsNok, double costsNok, double coverage,
                          String ruleIds) {
    }

    public static final List<Column<CostRow>> COST_COLUMNS = checked(Costs.class, List.of(
            new Column<>(Costs.YEAR, CostRow::year),
            new Column<>(Costs.SUBJECT, CostRow::subject),
            new Column<>(Costs.KOMMUNE, CostRow::kommune),
            new Column<>(Costs.GRANTS_NOK, r -> Math.round(r.grantsNok())),
            new Column<>(Costs.COSTS_NOK, r -> Math.round(r.costsNok())),
            new Column<>(Costs.COVERAGE, r -> r.coverage()),
            new Column<>(Costs.RULE_IDS, CostRow::ruleIds)));

    public static final List<Column<no.bosim.rules.CapacityOrder>> CAPACITY_ORDER_COLUMNS = checked(CapacityOrders.class, List.of(
            new Column<>(CapacityOrders.ORDERED, o -> o.ordered().toString()),
            new Column<>(CapacityOrders.EFFECTIVE, o -> o.effective().toString()),
            new Column<>(CapacityOrders.PLACES, no.bosim.rules.CapacityOrder::places),
            new Column<>(CapacityOrders.KIND, o -> o.kind().label()),
            new Column<>(CapacityOrders.RULE_ID, no.bosim.rules.CapacityOrder::ruleId)));

    /** The bound columns, refused at load unless they are the contract's, all of them, in its order. */
    static <T> List<Column<T>> checked(Class<? extends Enum<?>> file, List<Column<T>> bound) {
        List<String> names = bound.stream().map(Column::name).toList();
        if (!names.equals(Columns.header(file))) {
            throw new IllegalStateException("the columns written for " + file.getSimpleName() + " are " + names
                    + ", not the contract's " + Columns.header(file));
        }
        return bound;
    }

    private Contract() {
    }
}

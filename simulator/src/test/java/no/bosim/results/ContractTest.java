package no.bosim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.bosim.contract.Columns;
import no.bosim.contract.Columns.CapacityOrders;
import no.bosim.rules.CapacityOrder;
import org.junit.jupiter.api.Test;

/** What the simulator writes is the contract's columns, all of them, in its order; anything else is refused at load. */
class ContractTest {

    @Test
    void theRunsFilesAreWrittenWithTheContractsHeaders() {
        assertEquals(Columns.header(Columns.Timeseries.class), Contract.TIMESERIES_COLUMNS.stream().map(Column::name).toList());
        assertEquals(Columns.header(Columns.Municipalities.class), Contract.MUNICIPALITY_COLUMNS.stream().map(Column::name).toList());
        assertEquals(Columns.header(Columns.Alerts.class), Contract.ALERT_COLUMNS.stream().map(Column::name).toList());
        assertEquals(Columns.header(Columns.Costs.class), Contract.COST_COLUMNS.stream().map(Column::name).toList());
        assertEquals(Columns.header(CapacityOrders.class), Contract.CAPACITY_ORDER_COLUMNS.stream().map(Column::name).toList());
    }

    @Test
    void aColumnLeftOutOrOutOfOrderIsRefused() {
        List<Column<CapacityOrder>> swapped = List.of(new Column<>(CapacityOrders.EFFECTIVE, CapacityOrder::effective),
                new Column<>(CapacityOrders.ORDERED, CapacityOrder::ordered), new Column<>(CapacityOrders.PLACES, CapacityOrder::places),
                new Column<>(CapacityOrders.KIND, CapacityOrder::kind), new Column<>(CapacityOrders.RULE_ID, CapacityOrder::ruleId));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Contract.checked(CapacityOrders.class, swapped));
        assertTrue(e.getMessage().contains("not the contract's"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Contract.checked(CapacityOrders.class, swapped.subList(2, 5)));
    }
}

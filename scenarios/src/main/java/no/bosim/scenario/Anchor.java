package no.bosim.scenario;

import java.util.List;

/**
 * An observed stock at the projection start that the replayed history is brought to (nudging): at
 * the start of {@code projection_from} the simulator adds or removes people so that the stock
 * equals {@code value}, and records the difference as the flow {@code justering_mot_observert}.
 * It must cite its source or state its assumption, like every figure a scenario gives.
 *
 * @param stock which stock: one of {@link #STOCKS}
 * @param value the observed number of people at the end of the month before the projection
 */
public record Anchor(String stock, int value, Basis basis) {

    /** People waiting for UDI's first decision. */
    public static final String IN_PROCESSING = "in_processing";
    /** People with a residence permit waiting to be settled (IMDi's bosettingsklare), wherever they live. */
    public static final String SETTLEMENT_READY = "settlement_ready";
    /** The stocks a scenario can anchor, in the order they are applied. */
    public static final List<String> STOCKS = List.of(IN_PROCESSING, SETTLEMENT_READY);
}

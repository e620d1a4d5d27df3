package no.bosim.scenario;

import java.util.Map;

/**
 * The people in the system on the first day of the scenario's start month, by arrival stream.
 *
 * @param awaitingDecision  waiting for a decision on their application (no quota: they arrive decided)
 * @param settlementReady   granted protection and waiting to be settled
 * @param monthsWaitedSpread the settlement-ready are spread evenly over 0..spread-1 months waited
 * @param receptionCapacity ordinary and emergency places in UDI reception on the first day
 */
public record InitialStocks(Map<Stream, Integer> awaitingDecision, Map<Stream, Integer> settlementReady,
                            int monthsWaitedSpread, int receptionCapacity, Basis basis) {

    public InitialStocks {
        awaitingDecision = Map.copyOf(awaitingDecision);
        settlementReady = Map.copyOf(settlementReady);
    }

    public int total() {
        return awaitingDecision.values().stream().mapToInt(Integer::intValue).sum()
                + settlementReady.values().stream().mapToInt(Integer::intValue).sum();
    }
}

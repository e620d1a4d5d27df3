package no.bosim.rules;

/**
 * A kind of settlement-ready people whose waiting is judged against one goal: {@code key} names it in
 * the simulator, {@code minor} for unaccompanied minors, {@code withChildren} for families with children.
 * Which goal each kind is held to is the policy's ({@link Policy#waitingGoals}): who counts as a long waiter.
 */
public record WaitingGroup(String key, boolean minor, boolean withChildren) {
}

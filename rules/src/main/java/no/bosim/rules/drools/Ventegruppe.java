package no.bosim.rules.drools;

import no.bosim.rules.WaitingGroup;

/** A kind of settlement-ready people, as a fact, whose waiting-time goal the rules set (VENTETID-01/02). */
public final class Ventegruppe {

    private final WaitingGroup group;

    public Ventegruppe(WaitingGroup group) {
        this.group = group;
    }

    public String getKey() {
        return group.key();
    }

    public boolean isMinor() {
        return group.minor();
    }

    public boolean isWithChildren() {
        return group.withChildren();
    }
}

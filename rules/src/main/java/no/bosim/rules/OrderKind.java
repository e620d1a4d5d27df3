package no.bosim.rules;

/** What a capacity order does; {@link #label()} is how outputs name it. */
public enum OrderKind {
    /** Opens ordinary reception places (mottak), with the ordinary lead time. */
    ORDINAER("ordinær"),
    /** Opens emergency places (akuttinnkvartering), quickly and dearly. */
    AKUTT("akutt"),
    /** Closes places (negative), emergency places first, after the notice period. */
    NEDLEGGING("nedlegging"),
    /** Adds (or removes) UDI processing capacity, in asylum-case equivalents per month. */
    BEHANDLING("behandling"),
    /**
     * Cancels a closing still under notice (positive: the places kept), effective the month the closing
     * would have taken effect; the closing it cancels is then not applied.
     */
    AVLYSNING("avlysning");

    private final String label;

    OrderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package no.bosim.contract;

/** The codes of costs.csv's {@code subject} column that are not a kommunenummer. */
public final class Subjects {

    /** The country as a whole. */
    public static final String NATIONAL = "0000";
    /** The host kommuner of reception centres, as one. */
    public static final String HOST = "vertskommuner";

    private Subjects() {
    }
}

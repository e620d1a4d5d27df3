package no.bosim.scenario;

/** The arrival streams a scenario gives paths for; each is a column of the arrivals series. */
public enum Stream {
    /** Ordinary asylum seekers (not collective protection, not unaccompanied minors; Ukrainians assessed individually are among them). */
    ASYLUM("asylum"),
    /** Unaccompanied minors seeking asylum (enslige mindreårige, EM). */
    EM("em"),
    /** Ukrainians applying for collective protection (kollektiv beskyttelse). */
    UKRAINE("ukraine"),
    /** Resettlement refugees (overføringsflyktninger) on the quota. */
    QUOTA("quota");

    private final String column;

    Stream(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }
}

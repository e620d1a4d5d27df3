package no.bosim.rules.drools;

/** A kind of settled person in a year of stay (1 = the settlement year, up to 5): what a rate applies to. */
public final class Kull {

    /** Adults and families with children. */
    public static final String ORDINAER = "ordinær";
    /** Unaccompanied minors. */
    public static final String EM = "em";

    private final String kind;
    private final int yearOfStay;

    Kull(String kind, int yearOfStay) {
        this.kind = kind;
        this.yearOfStay = yearOfStay;
    }

    public String getKind() {
        return kind;
    }

    public int getYearOfStay() {
        return yearOfStay;
    }
}

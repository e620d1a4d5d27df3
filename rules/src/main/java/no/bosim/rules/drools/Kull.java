package no.bosim.rules.drools;

/** A kind of settled person in a year of stay (1 = the settlement year, up to 5): what a rate applies to. */
public final class Kull {

    /** Who a rate applies to. */
    public enum Kind {
        /** Adults and families with children. */
        ORDINAER,
        /** Unaccompanied minors. */
        EM
    }

    /** Adults and families with children (the rule files' name for {@link Kind#ORDINAER}). */
    public static final Kind ORDINAER = Kind.ORDINAER;
    /** Unaccompanied minors. */
    public static final Kind EM = Kind.EM;

    private final Kind kind;
    private final int yearOfStay;

    Kull(Kind kind, int yearOfStay) {
        this.kind = kind;
        this.yearOfStay = yearOfStay;
    }

    public Kind getKind() {
        return kind;
    }

    public int getYearOfStay() {
        return yearOfStay;
    }
}

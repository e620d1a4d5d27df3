package no.bosim.rules.drools;

/** A parameter's value in force this month, as a fact: thresholds and windows live here, not in the DRL. */
public final class Param {

    private final String name;
    private double value;

    public Param(String name, double value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public double getValue() {
        return value;
    }

    /** The value as a whole number, for windows and lead times counted in months. */
    public int getIntValue() {
        return (int) Math.round(value);
    }

    void setValue(double value) {
        this.value = value;
    }

    @Override
    public String toString() {
        return "Param(" + name + " = " + value + ")";
    }
}

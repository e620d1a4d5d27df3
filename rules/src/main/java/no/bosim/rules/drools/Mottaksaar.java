package no.bosim.rules.drools;

/** A year of reception as the host-grant rules see it: places and residents, averaged over the months. */
public final class Mottaksaar {

    private final double avgCapacity;
    private final double avgInMottak;

    Mottaksaar(double avgCapacity, double avgInMottak) {
        this.avgCapacity = avgCapacity;
        this.avgInMottak = avgInMottak;
    }

    public double getAvgCapacity() {
        return avgCapacity;
    }

    public double getAvgInMottak() {
        return avgInMottak;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Mottaksaar(%.0f places, %.0f residents on average)", avgCapacity, avgInMottak);
    }
}

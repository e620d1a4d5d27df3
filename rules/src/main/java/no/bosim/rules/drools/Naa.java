package no.bosim.rules.drools;

/** The current month's index: rules decide for this month only, looking back at earlier ones. */
public final class Naa {

    private int index;

    Naa(int index) {
        this.index = index;
    }

    public int getIndex() {
        return index;
    }

    void setIndex(int index) {
        this.index = index;
    }
}

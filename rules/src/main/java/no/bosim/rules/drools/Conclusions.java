package no.bosim.rules.drools;

import java.util.ArrayList;
import java.util.List;

/**
 * What the yearly rules conclude about the need and each kommune, handed to the global
 * {@code conclusions} instead of inserted as facts. No rule reasons further from these
 * conclusions, and inserting a thousand facts a year into a session that is thrown away cost
 * Drools more than judging the kommuner did (docs/performance.md). A conclusion a user's rule
 * inserts as a fact counts all the same.
 */
public final class Conclusions {

    /** The global's name in the rule files. */
    public static final String GLOBAL = "conclusions";

    private final List<Behov> behov = new ArrayList<>();
    private final List<Vurdering> vurderinger = new ArrayList<>();
    private final List<Vedtak> vedtak = new ArrayList<>();

    public void add(Behov b) {
        behov.add(b);
    }

    public void add(Vurdering v) {
        vurderinger.add(v);
    }

    public void add(Vedtak v) {
        vedtak.add(v);
    }

    List<Behov> behov() {
        return behov;
    }

    List<Vurdering> vurderinger() {
        return vurderinger;
    }

    List<Vedtak> vedtak() {
        return vedtak;
    }
}

package no.bosim.simulator;

/** Where an unsettled person lives while waiting. */
public enum Housing {
    /** UDI reception: ordinary, emergency (akutt) and minors' centres for 15-17 year olds. */
    MOTTAK,
    /** Bufetat's care centres (omsorgssentre) for unaccompanied minors under 15. */
    CARE_CENTRE,
    /** Private housing: Ukrainians with collective protection who live with family or hosts. */
    PRIVATE
}

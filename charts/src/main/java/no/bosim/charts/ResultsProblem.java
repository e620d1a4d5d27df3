package no.bosim.charts;

/** A results file that is missing or cannot be read: the message names the file and what is wrong. */
public final class ResultsProblem extends RuntimeException {

    public ResultsProblem(String message) {
        super(message);
    }
}

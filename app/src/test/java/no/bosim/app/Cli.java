package no.bosim.app;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line as the tests call it: in this JVM, through picocli, with what it printed. */
final class Cli {

    /** An exit code and what went to standard output and standard error. */
    record Outcome(int code, String out, String err) {
    }

    private Cli() {
    }

    static Outcome bosim(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Bosim.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    static void assertNoStackTrace(Outcome o) {
        assertFalse(o.err().contains("\tat ") || o.err().contains("Exception"), "no stack trace:\n" + o.err());
    }
}

package no.bosim.rules.drools;

import no.bosim.rules.Reason;

/**
 * A rule's reason as the rule file writes it: a Norwegian and an English sentence with numbered
 * places for the figures, put into words only when explain asks (so a run that reads no reasons pays
 * for none, and both languages say the same figures):
 * <pre>
 * Begrunnelse.of("vedtok {0} % av anmodningen i fjor", "decided {0} % of the request last year", Math.round($d * 100))
 * </pre>
 * A place is {@code {i}}: a number is written whole and grouped (13 000; 13,000), a reason in the
 * same language, anything else as it is; {@code {i:1}} and {@code {i:2}} give at most that many
 * decimals (0,7; 0.7); {@code {i:plain}} writes a number as it is, for years and ids (2026, not 2 026).
 * Not {@link java.text.MessageFormat}: it reads an apostrophe as a quote, and English reasons have them.
 */
public final class Begrunnelse implements Reason {

    private final String norwegian;
    private final String english;
    private final Object[] figures;

    private Begrunnelse(String norwegian, String english, Object[] figures) {
        this.norwegian = norwegian;
        this.english = english;
        this.figures = figures;
    }

    public static Begrunnelse of(String norwegian, String english, Object... figures) {
        return new Begrunnelse(norwegian, english, figures);
    }

    @Override
    public String in(boolean english) {
        String template = english ? this.english : norwegian;
        StringBuilder out = new StringBuilder(template.length() + 16 * figures.length);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, at, template.length());
                break;
            }
            out.append(template, at, open);
            String place = template.substring(open + 1, close);
            int colon = place.indexOf(':');
            int i = parseIndex(colon < 0 ? place : place.substring(0, colon));
            if (i < 0 || i >= figures.length) {
                // Not a place of ours (or one the rule gave no figure for): kept as written, so the mistake shows.
                out.append(template, open, close + 1);
            } else {
                out.append(word(figures[i], colon < 0 ? "" : place.substring(colon + 1), english));
            }
            at = close + 1;
        }
        return out.toString();
    }

    private static int parseIndex(String s) {
        if (s.isEmpty() || s.length() > 2) {
            return -1;
        }
        int i = 0;
        for (char c : s.toCharArray()) {
            if (c < '0' || c > '9') {
                return -1;
            }
            i = 10 * i + (c - '0');
        }
        return i;
    }

    private static String word(Object figure, String format, boolean english) {
        if (figure instanceof Reason r) {
            return r.in(english);
        }
        if (!(figure instanceof Number n) || format.equals("plain")) {
            return String.valueOf(figure);
        }
        if (format.equals("1") || format.equals("2")) {
            int decimals = format.charAt(0) - '0';
            return english ? Tall.enD(n.doubleValue(), decimals) : Tall.d(n.doubleValue(), decimals);
        }
        double v = n.doubleValue();
        return english ? Tall.en(v) : Tall.n(v);
    }

    /** The Norwegian words, as a reader of the old string-valued reasons saw them. */
    @Override
    public String toString() {
        return in(false);
    }
}

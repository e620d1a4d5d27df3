package no.bosim.scenario;

/**
 * One thing wrong with an input: where it is (file, line, field) and what was expected.
 *
 * @param file  the file as the user named it
 * @param line  1-based line, or 0 when the problem concerns the file as a whole
 * @param field the field or column, or empty
 * @param message what is wrong and what is expected
 */
public record Problem(String file, int line, String field, String message) {

    /** Formats as {@code file:line: field: message}, the shape editors and terminals link. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
        }
        out.append(": ");
        if (!field.isEmpty()) {
            out.append(field).append(": ");
        }
        return out.append(message).toString();
    }
}

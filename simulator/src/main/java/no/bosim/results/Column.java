package no.bosim.results;

import java.util.function.Function;

/** One named output column and how to read its value from a record. */
public record Column<T>(String name, Function<T, Object> value) {
}

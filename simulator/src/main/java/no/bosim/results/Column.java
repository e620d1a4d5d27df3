package no.bosim.results;

import java.util.function.Function;
import no.bosim.contract.Columns;

/** One named output column and how to read its value from a record. */
public record Column<T>(String name, Function<T, Object> value) {

    /** The contract's column {@code column}, its value read by {@code value}. */
    public Column(Columns.Named column, Function<T, Object> value) {
        this(column.column(), value);
    }
}

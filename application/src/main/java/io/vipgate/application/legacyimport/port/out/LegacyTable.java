package io.vipgate.application.legacyimport.port.out;

import java.util.List;
import java.util.Objects;

/**
 * A legacy table as the file declares it: its columns, how many rows it has, and its rows in rowid order. The rows
 * are read afresh each time they are iterated (a cursor on the file), so that a large table is never held whole.
 */
public record LegacyTable(String name, List<String> columns, long count, Iterable<LegacyRow> rows) {

    public LegacyTable {
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
    }

    /** A table held in memory, for small files and tests. */
    public LegacyTable(String name, List<String> columns, List<LegacyRow> rows) {
        this(name, columns, rows.size(), List.copyOf(rows));
    }

    public static LegacyTable empty(String name) {
        return new LegacyTable(name, List.of(), List.of());
    }
}

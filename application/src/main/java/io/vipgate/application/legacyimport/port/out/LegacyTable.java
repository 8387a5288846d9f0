package io.vipgate.application.legacyimport.port.out;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A legacy table as the file declares it: its columns, how many rows it has, and its rows in rowid order. The rows
 * are read afresh each time they are iterated (a cursor on the file), so that a large table is never held whole;
 * {@code column} reads one column's values alone, in the same order, for the checks that look across rows.
 */
public record LegacyTable(
        String name,
        List<String> columns,
        long count,
        Iterable<LegacyRow> rows,
        Function<String, Iterable<Object>> column) {

    public LegacyTable {
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(column, "column");
    }

    /** A table held in memory, for small files and tests. */
    public LegacyTable(String name, List<String> columns, List<LegacyRow> rows) {
        this(name, columns, rows.size(), List.copyOf(rows), inMemory(List.copyOf(rows)));
    }

    public static LegacyTable empty(String name) {
        return new LegacyTable(name, List.of(), List.of());
    }

    /** One column's values, NULLs included. */
    public Iterable<Object> values(String name) {
        return column.apply(name);
    }

    private static Function<String, Iterable<Object>> inMemory(List<LegacyRow> rows) {
        return name -> {
            List<Object> values = new ArrayList<>(rows.size());
            rows.forEach(row -> values.add(row.get(name)));
            return values;
        };
    }
}

package io.vipgate.application.legacyimport.port.out;

import java.util.List;

/** A legacy table as read: its columns (as the file declares them) and its rows in rowid order. */
public record LegacyTable(String name, List<String> columns, List<LegacyRow> rows) {

    public LegacyTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static LegacyTable empty(String name) {
        return new LegacyTable(name, List.of(), List.of());
    }
}

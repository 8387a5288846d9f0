package io.vipgate.sqlite;

import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.LegacyRow;
import io.vipgate.application.legacyimport.port.out.LegacySchema;
import io.vipgate.application.legacyimport.port.out.LegacyTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads one legacy table raw: each value in the storage class SQLite gave it, plus the row's rowid. */
final class SqliteTables {

    /** Aliased, since {@code rowid} takes the name of an INTEGER PRIMARY KEY column and would clash with it. */
    private static final String ROWID = "vipgate_rowid";
    private static final int PROGRESS_STEP = 1_000;

    private SqliteTables() {
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + quoted(table))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static LegacyTable read(Connection connection, String table, ImportProgress progress) throws SQLException {
        List<LegacyRow> read = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT rowid AS " + ROWID + ", * FROM " + quoted(table) + " ORDER BY rowid")) {
            ResultSetMetaData meta = rows.getMetaData();
            for (int i = 2; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            while (rows.next()) {
                Map<String, Object> values = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.put(columns.get(i), raw(rows.getObject(i + 2)));
                }
                read.add(new LegacyRow(rows.getLong(1), values));
                if (read.size() % PROGRESS_STEP == 0) {
                    progress.advance(PROGRESS_STEP);
                }
            }
        }
        progress.advance(read.size() % PROGRESS_STEP);
        return new LegacyTable(table, columns, read);
    }

    /** sqlite-jdbc hands small integers over as Integer; the port promises Long for every SQLite INTEGER. */
    private static Object raw(Object value) {
        return value instanceof Integer small ? Long.valueOf(small) : value;
    }

    /** Only the legacy schema's own table names reach here, never input; quoted all the same. */
    private static String quoted(String table) {
        if (!LegacySchema.TABLES.contains(table)) {
            throw new IllegalArgumentException("not a legacy table: " + table);
        }
        return '"' + table + '"';
    }
}

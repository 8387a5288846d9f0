package io.vipgate.sqlite;

import io.vipgate.application.legacyimport.port.out.LegacyRow;
import io.vipgate.application.legacyimport.port.out.LegacySourceException;
import io.vipgate.application.legacyimport.port.out.LegacyTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Reads one legacy table raw: each value in the storage class SQLite gave it, plus the row's rowid. Every iteration
 * runs its own query and hands rows over one at a time, so that a table is never held in memory.
 */
final class SqliteTables {

    /** Aliased, since {@code rowid} takes the name of an INTEGER PRIMARY KEY column and would clash with it. */
    private static final String ROWID = "vipgate_rowid";

    private SqliteTables() {}

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + quoted(table))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static LegacyTable table(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT * FROM " + quoted(table) + " LIMIT 0")) {
            ResultSetMetaData meta = rows.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
        }
        return new LegacyTable(
                table,
                columns,
                count(connection, table),
                () -> new Cursor<LegacyRow>(connection, table, columns),
                column -> () -> new Cursor<Object>(
                        connection,
                        table,
                        List.of(column),
                        "SELECT rowid AS " + ROWID + ", " + quoted(column) + " FROM " + quoted(table)
                                + " ORDER BY rowid",
                        row -> row.get(column)));
    }

    /** One pass over a table, handing over whole rows or, for one column, its values; closes after the last. */
    private static final class Cursor<T> implements Iterator<T> {

        private final Statement statement;
        private final ResultSet rows;
        private final List<String> columns;
        private final Function<LegacyRow, T> handed;
        private boolean ahead;

        @SuppressWarnings("unchecked")
        Cursor(Connection connection, String table, List<String> columns) {
            this(
                    connection,
                    table,
                    columns,
                    "SELECT rowid AS " + ROWID + ", * FROM " + quoted(table) + " ORDER BY rowid",
                    row -> (T) row);
        }

        Cursor(Connection connection, String table, List<String> columns, String query, Function<LegacyRow, T> handed) {
            this.columns = columns;
            this.handed = handed;
            try {
                statement = connection.createStatement();
                rows = statement.executeQuery(query);
            } catch (SQLException failure) {
                throw unreadable(table, failure);
            }
        }

        @Override
        public boolean hasNext() {
            try {
                if (!ahead && !statement.isClosed()) {
                    ahead = rows.next();
                    if (!ahead) {
                        statement.close();
                    }
                }
                return ahead;
            } catch (SQLException failure) {
                throw unreadable("a table", failure);
            }
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ahead = false;
            try {
                Map<String, Object> values = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.put(columns.get(i), raw(rows.getObject(i + 2)));
                }
                return handed.apply(new LegacyRow(rows.getLong(1), values));
            } catch (SQLException failure) {
                throw unreadable("a table", failure);
            }
        }
    }

    private static LegacySourceException unreadable(String table, SQLException failure) {
        return new LegacySourceException(
                "cannot read " + table + " of the legacy file: " + failure.getMessage(), failure);
    }

    /** sqlite-jdbc hands small integers over as Integer; the port promises Long for every SQLite INTEGER. */
    private static Object raw(Object value) {
        return value instanceof Integer small ? Long.valueOf(small) : value;
    }

    /** Table names come from the file's own catalogue, never from input; quoted, with quotes doubled. */
    private static String quoted(String table) {
        return '"' + table.replace("\"", "\"\"") + '"';
    }
}

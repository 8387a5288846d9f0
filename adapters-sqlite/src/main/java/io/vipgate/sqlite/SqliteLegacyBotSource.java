package io.vipgate.sqlite;

import io.vipgate.application.legacyimport.port.in.ImportProblem;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.LegacyBotSource;
import io.vipgate.application.legacyimport.port.out.LegacySchema;
import io.vipgate.application.legacyimport.port.out.LegacySnapshot;
import io.vipgate.application.legacyimport.port.out.LegacySourceException;
import io.vipgate.application.legacyimport.port.out.LegacyTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the legacy bot's SQLite file through sqlite-jdbc without writing anything, in the file or beside it (see
 * {@link SqliteOpening}). Checks the file exists first: sqlite-jdbc would otherwise create an empty database at a
 * mistyped path. Rows are read through cursors as they are iterated, never all at once.
 */
public final class SqliteLegacyBotSource implements LegacyBotSource {

    @Override
    public LegacySnapshot read(String location, ImportProgress progress) {
        Path file = Path.of(location).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new LegacySourceException("there is no file " + file);
        }
        if (!Files.isReadable(file)) {
            throw new LegacySourceException("cannot read " + file + ": permission denied");
        }
        SqliteOpening opening = SqliteOpening.of(file);
        Connection connection = null;
        try {
            connection = opening.connect();
            Set<String> present = tableNames(connection);
            if (LegacySchema.TABLES.stream().noneMatch(present::contains)) {
                throw new LegacySourceException(file + " holds none of the legacy bot's tables " + LegacySchema.TABLES
                        + ": is it the right file?");
            }
            return snapshot(connection, present, opening);
        } catch (SQLException | RuntimeException failure) {
            close(connection, opening);
            if (failure instanceof LegacySourceException known) {
                throw known;
            }
            throw new LegacySourceException(
                    "cannot read " + file + " as an SQLite database: " + failure.getMessage(), failure);
        }
    }

    private static LegacySnapshot snapshot(Connection connection, Set<String> present, SqliteOpening opening)
            throws SQLException {
        Map<String, LegacyTable> tables = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (String table : LegacySchema.TABLES) {
            if (present.contains(table)) {
                tables.put(table, SqliteTables.table(connection, table));
            } else {
                problems.add(new ImportProblem(
                        table, ImportProblem.WHOLE_TABLE, ImportProblem.WHOLE_TABLE, "table is missing from the file"));
            }
        }
        Map<String, Long> notCarried = new HashMap<>();
        for (String table : present) {
            if (!LegacySchema.TABLES.contains(table)) {
                notCarried.put(table, SqliteTables.count(connection, table));
            }
        }
        return new LegacySnapshot(tables, problems, notCarried, () -> close(connection, opening));
    }

    private static void close(Connection connection, SqliteOpening opening) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // Read-only: nothing can be lost by a failed close.
        } finally {
            opening.close();
        }
    }

    /** The file's own tables; SQLite's internal ones ({@code sqlite_sequence}, ...) are not the bot's. */
    private static Set<String> tableNames(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}

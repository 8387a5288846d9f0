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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * Reads the legacy bot's SQLite file through sqlite-jdbc, opened read-only so the operator's file never changes.
 * Checks the file exists first: sqlite-jdbc would otherwise create an empty database at a mistyped path.
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
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file)) {
            Set<String> present = tableNames(connection);
            if (LegacySchema.TABLES.stream().noneMatch(present::contains)) {
                throw new LegacySourceException(file + " holds none of the legacy bot's tables "
                        + LegacySchema.TABLES + ": is it the right file?");
            }
            return read(connection, present, progress);
        } catch (SQLException failure) {
            throw new LegacySourceException("cannot read " + file + " as an SQLite database: " + failure.getMessage(),
                    failure);
        }
    }

    private static LegacySnapshot read(Connection connection, Set<String> present, ImportProgress progress)
            throws SQLException {
        Map<String, LegacyTable> tables = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        long total = 0;
        for (String table : LegacySchema.TABLES) {
            total += present.contains(table) ? SqliteTables.count(connection, table) : 0;
        }
        progress.start("reading", total);
        try {
            for (String table : LegacySchema.TABLES) {
                if (present.contains(table)) {
                    tables.put(table, SqliteTables.read(connection, table, progress));
                } else {
                    problems.add(new ImportProblem(table, ImportProblem.WHOLE_TABLE, ImportProblem.WHOLE_TABLE,
                            "table is missing from the file"));
                }
            }
        } finally {
            progress.finish();
        }
        return new LegacySnapshot(tables, problems);
    }

    private static Set<String> tableNames(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}

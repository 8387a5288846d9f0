package io.vipgate.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Builds legacy SQLite files for tests from the legacy bot's DDL (issue 8). Shared with bootstrap's end-to-end
 * tests through this module's test-jar.
 */
public final class LegacyFile implements AutoCloseable {

    /** The tables as the legacy bot's SQLAlchemy models created them. */
    public static final List<String> DDL = List.of(
            "CREATE TABLE bot_config (id INTEGER PRIMARY KEY, vip_channel_id VARCHAR(50), free_channel_id VARCHAR(50),"
                    + " wait_time_minutes INTEGER DEFAULT 5, vip_reactions JSON, free_reactions JSON,"
                    + " subscription_fees JSON, created_at DATETIME, updated_at DATETIME)",
            "CREATE TABLE users (user_id BIGINT PRIMARY KEY, username VARCHAR(100), first_name VARCHAR(100) NOT NULL,"
                    + " last_name VARCHAR(100), role VARCHAR(5), created_at DATETIME, updated_at DATETIME)",
            "CREATE TABLE subscription_plans (id INTEGER PRIMARY KEY, name VARCHAR(100), duration_days INTEGER,"
                    + " price FLOAT, currency VARCHAR(10), active BOOLEAN, created_at DATETIME, created_by BIGINT)",
            "CREATE TABLE invitation_tokens (id INTEGER PRIMARY KEY, token VARCHAR(16) UNIQUE, generated_by BIGINT,"
                    + " created_at DATETIME, duration_hours INTEGER DEFAULT 24, used BOOLEAN, used_by BIGINT,"
                    + " used_at DATETIME, plan_id INTEGER REFERENCES subscription_plans (id))",
            "CREATE TABLE vip_subscribers (id INTEGER PRIMARY KEY, user_id BIGINT UNIQUE REFERENCES users (user_id),"
                    + " join_date DATETIME, expiry_date DATETIME, status VARCHAR(20),"
                    + " token_id INTEGER REFERENCES invitation_tokens (id))",
            "CREATE TABLE free_channel_requests (id INTEGER PRIMARY KEY, user_id BIGINT REFERENCES users (user_id),"
                    + " request_date DATETIME, processed BOOLEAN, processed_at DATETIME)");

    private final Connection connection;

    private LegacyFile(Path file, List<String> ddl) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            for (String table : ddl) {
                statement.execute(table);
            }
        }
    }

    /** A new file with the legacy tables. */
    public static LegacyFile create(Path file) throws SQLException {
        return new LegacyFile(file, DDL);
    }

    /**
     * A damaged file: the same tables without their UNIQUE and PRIMARY KEY constraints on user ids and token texts,
     * as a hand-edited or half-migrated file can be, so that duplicates can be planted.
     */
    public static LegacyFile createDamaged(Path file) throws SQLException {
        return new LegacyFile(file, DDL.stream()
                .map(table -> table.replace("user_id BIGINT PRIMARY KEY", "user_id BIGINT")
                        .replace("user_id BIGINT UNIQUE", "user_id BIGINT")
                        .replace("token VARCHAR(16) UNIQUE", "token VARCHAR(16)"))
                .toList());
    }

    /** An existing file, to plant more rows in it. */
    public static LegacyFile open(Path file) throws SQLException {
        return new LegacyFile(file, List.of());
    }

    /** Inserts one row given as column, value pairs; values are bound as given, so SQLite applies its affinity. */
    public LegacyFile insert(String table, Object... columnsAndValues) throws SQLException {
        StringBuilder columns = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            columns.append(i == 0 ? "" : ", ").append(columnsAndValues[i]);
            marks.append(i == 0 ? "?" : ", ?");
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
            for (int i = 1; i < columnsAndValues.length; i += 2) {
                statement.setObject(i / 2 + 1, columnsAndValues[i]);
            }
            statement.executeUpdate();
        }
        return this;
    }

    /** Runs raw SQL, for bulk fixtures. */
    public Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

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

    /** What the legacy bot's migration script inserts: an ADMIN user with id 0, no Telegram user. */
    public static final String MIGRATION_ADMIN = "INSERT INTO users (user_id, username, first_name, last_name, role,"
            + " created_at, updated_at) VALUES (0, 'admin', 'Admin', NULL, 'ADMIN', '2025-01-01 00:00:00.000000',"
            + " '2025-01-01 00:00:00.000000')";

    private final Connection connection;

    private LegacyFile(Path file, List<String> ddl) throws SQLException {
        this(file, false, ddl);
    }

    private LegacyFile(Path file, boolean wal, List<String> ddl) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            if (wal) {
                // The legacy bot's engine sets this on connect; it sticks to the file.
                statement.execute("PRAGMA journal_mode=WAL");
            }
            for (String table : ddl) {
                statement.execute(table);
            }
        }
    }

    /**
     * A file as the legacy bot leaves it: WAL mode, its tables as {@code create_all} emits them, the tables of its
     * later features (each with {@code extraRows} rows), and its migration script's user 0. Foreign keys are not
     * enforced, as on every connection of the bot but its first, so join requests may name users it never stored.
     */
    public static LegacyFile createLikeTheBot(Path file, int extraRows) throws SQLException {
        LegacyFile legacy = new LegacyFile(
                file,
                true,
                java.util.stream.Stream.concat(LegacyBotDdl.SIX.stream(), LegacyBotDdl.BEYOND.stream())
                        .toList());
        try (Statement statement = legacy.connection.createStatement()) {
            statement.execute(MIGRATION_ADMIN);
            for (String table : LegacyBotDdl.BEYOND) {
                String name = table.substring("CREATE TABLE ".length(), table.indexOf(' ', "CREATE TABLE ".length()));
                for (int i = 0; i < extraRows; i++) {
                    legacy.fill(name, i);
                }
            }
        }
        return legacy;
    }

    /** One row of a table beyond the six, every column given a value of its declared type. */
    private void fill(String table, int n) throws SQLException {
        List<String> columns = new java.util.ArrayList<>();
        List<Object> values = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement();
                java.sql.ResultSet info = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (info.next()) {
                String type = info.getString("type");
                if (info.getString("name").equals("id")) {
                    continue;
                }
                columns.add(info.getString("name"));
                values.add(
                        type.contains("INT")
                                ? (Object) (long) n
                                : type.equals("DATETIME") ? "2025-06-01 10:00:00.000000" : "value " + n);
            }
        }
        Object[] pairs = new Object[columns.size() * 2];
        for (int i = 0; i < columns.size(); i++) {
            pairs[2 * i] = columns.get(i);
            pairs[2 * i + 1] = values.get(i);
        }
        insert(table, pairs);
    }

    /** The same, loosened: without the unique index that keeps one subscription per user. */
    public static LegacyFile createLoosened(Path file) throws SQLException {
        LegacyFile legacy = createLikeTheBot(file, 0);
        try (Statement statement = legacy.connection.createStatement()) {
            statement.execute("DROP INDEX " + LegacyBotDdl.ONE_SUBSCRIPTION_PER_USER);
        }
        return legacy;
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
        return new LegacyFile(
                file,
                DDL.stream()
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
        try (PreparedStatement statement =
                connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
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

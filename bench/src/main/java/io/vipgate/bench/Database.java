package io.vipgate.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Seeds and inspects the bench database directly with SQL, beside the application: users, subscriptions, tokens
 * (only their SHA-256 and prefix are stored, like the application does), and counts to check what it did.
 */
public final class Database {

    private final String jdbcUrl;
    private final String user;
    private final String password;

    public Database(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    /** {@code postgresql://user:pass@host:port/db} as the application takes it. */
    public String appUrl() {
        return "postgresql://" + user + ":" + password + "@" + jdbcUrl.substring("jdbc:postgresql://".length());
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** Users {@code first .. first+count-1} exactly as the load generator describes them, so upserts change nothing. */
    public void seedUsers(long first, int count) throws SQLException {
        update("INSERT INTO app_user (id, first_name, username, language_code) "
                + "SELECT g, 'User' || g, 'u' || g, 'en' FROM generate_series(?::bigint, ?::bigint) g "
                + "ON CONFLICT (id) DO NOTHING", first, first + count - 1);
    }

    /** Active subscriptions for every {@code every}-th user of the range, ending in 30 days. */
    public int seedActiveSubscriptions(long first, int count, int every) throws SQLException {
        return update("INSERT INTO subscription (user_id, status, period_started_at, expires_at, updated_at) "
                + "SELECT g, 'ACTIVE', now(), now() + interval '30 days', now() "
                + "FROM generate_series(?::bigint, ?::bigint) g WHERE g % ? = 0", first, first + count - 1, every);
    }

    /** Active subscriptions for every user of the range whose time ended a minute ago: due for the expiry job. */
    public int seedDueSubscriptions(long first, int count) throws SQLException {
        return update("INSERT INTO subscription (user_id, status, period_started_at, expires_at, updated_at) "
                + "SELECT g, 'ACTIVE', now() - interval '30 days', now() - interval '1 minute', now() "
                + "FROM generate_series(?::bigint, ?::bigint) g", first, first + count - 1);
    }

    /** Mints {@code count} single-use tokens granting 30 days and returns their texts. */
    public List<String> seedTokens(int count) throws Exception {
        SecureRandom random = new SecureRandom();
        List<String> tokens = new ArrayList<>(count);
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO invitation_token (hash, prefix, grants_minutes, max_uses, minted_at, valid_until, minted_by) "
                        + "VALUES (?, ?, 43200, 1, now(), now() + interval '7 days', 1001)")) {
            for (int i = 0; i < count; i++) {
                byte[] bits = new byte[16];
                random.nextBytes(bits);
                String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
                insert.setString(1, hash(token));
                insert.setString(2, token.substring(0, 6));
                insert.addBatch();
                tokens.add(token);
            }
            insert.executeBatch();
        }
        return tokens;
    }

    /** How the application stores a token: the hex SHA-256 of its text. */
    public static String hash(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The same URL through a proxy at {@code host:port}, for the application only (seeding and checks go direct). */
    public String appUrlVia(String host, int port) {
        String rest = jdbcUrl.substring("jdbc:postgresql://".length());
        return "postgresql://" + user + ":" + password + "@" + host + ":" + port + rest.substring(rest.indexOf('/'));
    }

    public void setFreeChannelWait(int minutes) throws SQLException {
        update("UPDATE bot_settings SET free_channel_wait_minutes = ?", minutes);
    }

    public long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The first row of a query, as longs. */
    public long[] row(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long[] row = new long[rows.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rows.getLong(i + 1);
                }
                return row;
            }
        }
    }

    public int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    public void analyze() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}

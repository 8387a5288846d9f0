package io.vipgate.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Plain JDBC on the test database: arranges rows the ports never write (an approved request, a bogus state)
 * and reads raw columns the ports do not expose. Instants travel as UTC {@code timestamptz}.
 */
public final class Sql {

    private Sql() {}

    /** Runs one committed statement; returns the affected row count. */
    public static int update(DataSource database, String sql, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }

    /** The first column of the first row as {@code type} ({@link Instant} allowed), or null when no row. */
    public static <T> T one(DataSource database, Class<T> type, String sql, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            if (type == Instant.class) {
                OffsetDateTime value = rows.getObject(1, OffsetDateTime.class);
                return type.cast(value == null ? null : value.toInstant());
            }
            return rows.getObject(1, type);
        } catch (SQLException failure) {
            throw new IllegalStateException(sql, failure);
        }
    }

    /**
     * Runs {@code statements} in one transaction that is always rolled back, so nothing is left behind even
     * when the database wrongly accepts them. Returns the SQLState of the first failure, or null if none failed.
     */
    public static String rejection(DataSource database, String... statements) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (String sql : statements) {
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.execute();
                    }
                }
                return null;
            } catch (SQLException refused) {
                return refused.getSQLState();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i] instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : parameters[i];
            statement.setObject(i + 1, value);
        }
        return statement;
    }
}

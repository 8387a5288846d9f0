package io.vipgate.bootstrap.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Ninety days of past activity for the overview's charts in the README's screenshot: joins, expiries, intruders
 * turned away and one-time Stars payments of users no other test knows. No subscription is left active, and the
 * plan is retired, so that nothing the other tests read or count changes.
 */
final class DemoHistory {

    private DemoHistory() {}

    static void write(DataSource database, Instant now) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            long plan = plan(connection, now);
            for (int day = 89; day >= 1; day--) {
                Instant at = now.minus(Duration.ofDays(day));
                int joins = 2 + (int) Math.round(3 * Math.sin(day / 9.0) + 3) + random.nextInt(3);
                for (int i = 0; i < joins; i++) {
                    long user = user(connection);
                    history(connection, user, "REDEEMED", at);
                    if (i % 3 == 0) {
                        payment(connection, user, plan, 150 + 50 * random.nextInt(4), at);
                    }
                    if (random.nextInt(4) == 0) {
                        history(connection, user, "EXPIRED", at.plus(Duration.ofHours(20)));
                    }
                }
                if (random.nextInt(5) == 0) {
                    history(connection, user(connection), "TURNED_AWAY", at);
                }
            }
            connection.commit();
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static long user(Connection connection) throws SQLException {
        long id = Bot.newUser();
        run(connection, "INSERT INTO app_user (id, first_name) VALUES (?, 'Demo')", id);
        return id;
    }

    private static long plan(Connection connection, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO plan (title, price_stars, kind, "
                + "duration_minutes, on_sale, created_by, created_at, retired_at) VALUES ('Demo', 200, 'ONE_TIME', "
                + "43200, false, 1001, ?, ?) RETURNING id")) {
            insert.setObject(1, now.minus(Duration.ofDays(120)).atOffset(ZoneOffset.UTC));
            insert.setObject(2, now.atOffset(ZoneOffset.UTC));
            try (var rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void history(Connection connection, long user, String kind, Instant at) throws SQLException {
        run(
                connection,
                "INSERT INTO subscription_history (user_id, kind, at, new_expires_at) VALUES (?, ?, ?, ?)",
                user,
                kind,
                at.atOffset(ZoneOffset.UTC),
                at.plus(Duration.ofDays(30)).atOffset(ZoneOffset.UTC));
    }

    private static void payment(Connection connection, long user, long plan, int stars, Instant at)
            throws SQLException {
        run(
                connection,
                "INSERT INTO payment (charge_id, user_id, plan_id, amount, kind, state, paid_at, "
                        + "granted_seconds) VALUES (?, ?, ?, ?, 'ONE_TIME', 'PAID', ?, 2592000)",
                "demo-" + UUID.randomUUID(),
                user,
                plan,
                stars,
                at.atOffset(ZoneOffset.UTC));
    }

    private static void run(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}

package io.vipgate.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Ready-made legacy files: a large one for speed, with subscribers, their users and a few tokens and requests. */
public final class LegacyFiles {

    /** SQLAlchemy's DATETIME text on SQLite. */
    public static final DateTimeFormatter SQLALCHEMY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private LegacyFiles() {}

    /**
     * {@code subscribers} users, each with a subscription: four in five active (ending after {@code now}), the rest
     * expired; one in ten with a pending free-channel request. User ids start at {@code firstUserId}. No bot_config
     * row, so that importing it leaves the shared free-channel wait alone.
     */
    public static void large(Path file, int subscribers, long firstUserId, LocalDateTime now) throws SQLException {
        try (LegacyFile legacy = LegacyFile.create(file)) {
            Connection connection = legacy.connection();
            connection.setAutoCommit(false);
            try (PreparedStatement users = connection.prepareStatement(
                            "INSERT INTO users (user_id, username, first_name, role, created_at) VALUES (?, ?, ?, 'VIP', ?)");
                    PreparedStatement subs = connection.prepareStatement(
                            "INSERT INTO vip_subscribers (user_id, join_date, expiry_date, status) VALUES (?, ?, ?, ?)");
                    PreparedStatement requests = connection.prepareStatement(
                            "INSERT INTO free_channel_requests (user_id, request_date, processed) VALUES (?, ?, 0)")) {
                for (int i = 0; i < subscribers; i++) {
                    long user = firstUserId + i;
                    boolean active = i % 5 != 0;
                    LocalDateTime joined = now.minusDays(40).plusSeconds(i);
                    users.setLong(1, user);
                    users.setString(2, "user" + user);
                    users.setString(3, "User " + i);
                    users.setString(4, joined.format(SQLALCHEMY));
                    users.addBatch();
                    subs.setLong(1, user);
                    subs.setString(2, joined.format(SQLALCHEMY));
                    subs.setString(3, (active ? now.plusDays(1 + i % 60) : now.minusDays(1)).format(SQLALCHEMY));
                    subs.setString(4, active ? "active" : "expired");
                    subs.addBatch();
                    if (i % 10 == 0) {
                        requests.setLong(1, user);
                        requests.setString(2, now.minusMinutes(i % 7).format(SQLALCHEMY));
                        requests.addBatch();
                    }
                }
                users.executeBatch();
                subs.executeBatch();
                requests.executeBatch();
            }
            connection.commit();
        }
    }
}

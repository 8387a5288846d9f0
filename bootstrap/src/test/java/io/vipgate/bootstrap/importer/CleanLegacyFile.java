package io.vipgate.bootstrap.importer;

import io.vipgate.sqlite.LegacyFile;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A clean legacy file, built as the legacy bot builds its own (WAL mode, its {@code create_all} DDL, its migration
 * script's user 0, the tables of its later features with {@link #EXTRA_ROWS} rows each), with fresh ids and token
 * texts so tests share a database: an active and an expired subscriber, an admin, a plan, live, used and expired
 * tokens, a pending and a processed free-channel request.
 */
final class CleanLegacyFile {

    static final DateTimeFormatter SQLALCHEMY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    final long vip = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L);
    final long former = vip + 1;
    final long admin = vip + 2;
    final String planToken = text();
    final String plainToken = text();
    final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    /** A naive 23:30 that must stay 23:30 UTC. */
    final LocalDateTime vipExpiry = now.toLocalDate().plusDays(20).atTime(23, 30);

    final LocalDateTime vipJoined = LocalDateTime.of(2025, 1, 2, 3, 4, 5, 678_901_000);
    final LocalDateTime requested = now.minusMinutes(3).withNano(250_000_000);

    static final int EXTRA_ROWS = 2;

    Path write(Path file) throws Exception {
        return write(file, false);
    }

    /** The same file; {@code loosened}, it lacks the unique index that keeps one subscription per user. */
    Path write(Path file, boolean loosened) throws Exception {
        try (LegacyFile legacy =
                loosened ? LegacyFile.createLoosened(file) : LegacyFile.createLikeTheBot(file, EXTRA_ROWS)) {
            legacy.insert(
                            "users",
                            "user_id",
                            vip,
                            "username",
                            "ana_vip",
                            "first_name",
                            "Ana",
                            "last_name",
                            "Pérez",
                            "role",
                            "VIP",
                            "created_at",
                            at(vipJoined),
                            "updated_at",
                            at(vipJoined.plusDays(1)))
                    .insert(
                            "users",
                            "user_id",
                            former,
                            "first_name",
                            "Bo",
                            "role",
                            "FREE",
                            "created_at",
                            at(now.minusDays(90)),
                            "updated_at",
                            at(now.minusDays(90)))
                    .insert(
                            "users",
                            "user_id",
                            admin,
                            "first_name",
                            "Root",
                            "role",
                            "ADMIN",
                            "created_at",
                            at(now.minusDays(100)),
                            "updated_at",
                            at(now.minusDays(100)))
                    .insert(
                            "subscription_plans",
                            "name",
                            "Monthly",
                            "duration_days",
                            30,
                            "price",
                            9.99,
                            "currency",
                            "EUR",
                            "active",
                            1,
                            "created_at",
                            at(now.minusDays(100)),
                            "created_by",
                            admin);
            long plan = 1;
            legacy.insert(
                            "invitation_tokens",
                            "token",
                            planToken,
                            "generated_by",
                            admin,
                            "created_at",
                            at(now.minusHours(2)),
                            "duration_hours",
                            24,
                            "used",
                            0,
                            "plan_id",
                            plan)
                    .insert(
                            "invitation_tokens",
                            "token",
                            plainToken,
                            "generated_by",
                            admin,
                            "created_at",
                            at(now.minusHours(1)),
                            "duration_hours",
                            48,
                            "used",
                            0)
                    .insert(
                            "invitation_tokens",
                            "token",
                            text(),
                            "generated_by",
                            admin,
                            "created_at",
                            at(now.minusDays(40)),
                            "duration_hours",
                            24,
                            "used",
                            1,
                            "used_by",
                            vip,
                            "used_at",
                            at(vipJoined),
                            "plan_id",
                            plan)
                    .insert(
                            "invitation_tokens",
                            "token",
                            text(),
                            "generated_by",
                            admin,
                            "created_at",
                            at(now.minusDays(3)),
                            "duration_hours",
                            24,
                            "used",
                            0,
                            "plan_id",
                            plan)
                    .insert(
                            "vip_subscribers",
                            "user_id",
                            vip,
                            "join_date",
                            at(vipJoined),
                            "expiry_date",
                            at(vipExpiry),
                            "status",
                            "active",
                            "token_id",
                            3)
                    .insert(
                            "vip_subscribers",
                            "user_id",
                            former,
                            "join_date",
                            at(now.minusDays(90)),
                            "expiry_date",
                            at(now.minusDays(60)),
                            "status",
                            "expired",
                            "token_id",
                            4)
                    .insert("free_channel_requests", "user_id", former, "request_date", at(requested), "processed", 0)
                    .insert(
                            "free_channel_requests",
                            "user_id",
                            vip,
                            "request_date",
                            at(now.minusDays(5)),
                            "processed",
                            1,
                            "processed_at",
                            at(now.minusDays(5)));
        }
        return file;
    }

    static String at(LocalDateTime time) {
        return time.format(SQLALCHEMY);
    }

    private static String text() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            text.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}

package io.vipgate.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.sqlite.LegacyFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-sqlite} of the packaged application, given nothing but DATABASE_URL as an operator runs it: a legacy
 * SQLite file read through sqlite-jdbc's native library (inside the executable under -Dnative), written to
 * PostgreSQL once, and a second run that writes nothing twice.
 */
class LegacyImportIT {

    private static final Duration LIMIT = Duration.ofSeconds(180);
    private static final DateTimeFormatter SQLALCHEMY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    @TempDir
    Path dir;

    @Test
    void aLegacyFile_isImported_andASecondRunWritesNothingTwice() throws Exception {
        long vip = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        Path file = dir.resolve("bot.db");
        try (LegacyFile legacy = LegacyFile.create(file)) {
            legacy.insert(
                            "users",
                            "user_id",
                            vip,
                            "first_name",
                            "Ana",
                            "role",
                            "VIP",
                            "created_at",
                            now.minusDays(10).format(SQLALCHEMY))
                    .insert(
                            "vip_subscribers",
                            "user_id",
                            vip,
                            "join_date",
                            now.minusDays(10).format(SQLALCHEMY),
                            "expiry_date",
                            now.plusDays(20).format(SQLALCHEMY),
                            "status",
                            "active");
        }

        String first = importing("it-import-first", "import-sqlite", "--file", file.toString());
        assertThat(first)
                .contains("IMPORTED in one transaction")
                .containsPattern("vip_subscribers +1 +1 +0 +0 +0  1 ok");
        try (Connection database = ItSettings.connectToDatabase();
                PreparedStatement query =
                        database.prepareStatement("SELECT status, expires_at FROM subscription WHERE user_id = ?")) {
            query.setLong(1, vip);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("the imported subscription").isTrue();
                assertThat(row.getString("status")).isEqualTo("ACTIVE");
                assertThat(row.getObject("expires_at", OffsetDateTime.class).toInstant())
                        .isEqualTo(now.plusDays(20).toInstant(ZoneOffset.UTC));
            }
        }

        assertThat(importing("it-import-again", "import-sqlite", "--file", file.toString()))
                .contains("NOTHING NEW: every row was already in vipgate");
    }

    @Test
    void aMissingFile_endsWith66_withoutAStackTrace() throws InterruptedException {
        try (PackagedProcess app = PackagedProcess.start(
                "it-import-missing",
                operator(),
                List.of(
                        "import-sqlite",
                        "--file",
                        dir.resolve("nothing-here.db").toString()))) {
            assertThat(app.awaitExit(LIMIT)).as(app.output()).isEqualTo(66);
            assertThat(app.output()).contains("import-sqlite:").doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void withoutADatabase_theImportListsWhatIsMissing_andEndsWith78() throws InterruptedException {
        Map<String, String> environment = new HashMap<>(operator());
        environment.remove("DATABASE_URL");
        environment.put("ADMIN_IDS", "12,abc");
        try (PackagedProcess app = PackagedProcess.start(
                "it-import-unconfigured",
                environment,
                List.of("import-sqlite", "--file", dir.resolve("bot.db").toString()))) {
            assertThat(app.awaitExit(LIMIT)).as(app.output()).isEqualTo(78);
            assertThat(app.output())
                    .contains("DATABASE_URL is missing", "ADMIN_IDS is malformed")
                    .doesNotContain("BOT_TOKEN", "Exception", "\tat ");
        }
    }

    /** Runs the packaged application with {@code args}; what it printed, once it exited 0. */
    private static String importing(String name, String... args) throws InterruptedException {
        try (PackagedProcess app = PackagedProcess.start(name, operator(), List.of(args))) {
            assertThat(app.awaitExit(LIMIT)).as(app.output()).isZero();
            return app.output();
        }
    }

    /**
     * What an operator sets for the import: where PostgreSQL is, and a management port of its own, since the import
     * starts the management interface too (9000 by default, which a bot or another test may hold on this machine).
     */
    private static Map<String, String> operator() {
        Map<String, String> all = ItSettings.environment(
                "http://127.0.0.1:9", ItSettings.database(), ItSettings.freePort(), ItSettings.freePort());
        Map<String, String> environment = new HashMap<>();
        environment.put("PATH", all.get("PATH"));
        environment.put("DATABASE_URL", all.get("DATABASE_URL"));
        environment.put("MANAGEMENT_PORT", all.get("MANAGEMENT_PORT"));
        return environment;
    }
}

package io.vipgate.bootstrap.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.sqlite.LegacyBotDdl;
import io.vipgate.sqlite.LegacyFile;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import on files as the legacy bot really leaves them: join requests of people it never stored, its migration's
 * user 0, tokens without a plan, tables beyond the six, a loosened file with two subscriptions for one user, and a
 * dry run of a file with problems.
 */
@QuarkusTest
@TestProfile(ImportTestMode.class)
class LegacyBotFileE2ETest {

    @TempDir
    Path dir;

    @Inject
    ImportCommand command;

    @Inject
    DataSource database;

    final CleanLegacyFile legacy = new CleanLegacyFile();
    ImportRun importer;

    @BeforeEach
    void prepare() {
        importer = new ImportRun(command);
    }

    int run(Path file, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "import-sqlite";
        args[1] = "--file";
        args[2] = file.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return importer.run(args);
    }

    String output() {
        return importer.output();
    }

    @Test
    void aJoinRequestOfSomeoneWhoNeverSentStart_bringsItsUserAlong_idOnly() throws Exception {
        Path file = legacy.write(dir.resolve("bot.db"));
        long stranger = legacy.vip + 7;
        LocalDateTime requested = legacy.now.minusMinutes(1);
        try (LegacyFile bot = LegacyFile.open(file)) {
            bot.insert(
                    "free_channel_requests",
                    "user_id",
                    stranger,
                    "request_date",
                    CleanLegacyFile.at(requested),
                    "processed",
                    0);
        }

        assertThat(run(file)).as(output()).isZero();

        assertThat(output())
                .containsPattern("free_channel_requests +3 +2 +0 +1 +0  2 ok")
                .containsPattern("users from requests +1 +1 +0 +0 +0  1 ok")
                .contains("1 pending requests came from people who never sent /start");
        Rows db = new Rows(database);
        assertThat(db.row(
                        "SELECT first_name, last_name, username, reachable, created_at FROM app_user WHERE id = ?",
                        stranger))
                .containsExactly("", null, null, true, requested.toInstant(ZoneOffset.UTC));
        assertThat(db.row("SELECT status, requested_at FROM free_join_request WHERE user_id = ?", stranger))
                .containsExactly("PENDING", requested.toInstant(ZoneOffset.UTC));
    }

    @Test
    void theMigrationScriptsUserZero_isLeftOutWithANote_notRejected() throws Exception {
        Path file = legacy.write(dir.resolve("bot.db"));

        assertThat(run(file)).as(output()).isZero();

        assertThat(output())
                .containsPattern("users +4 +3 +0 +1 +0  3 ok")
                .contains("users: user 0 is left out: the legacy bot's migration script made it as a placeholder ADMIN")
                .doesNotContain("Problems");
        assertThat(new Rows(database).row("SELECT count(*) FROM app_user WHERE id = 0"))
                .containsExactly(0L);
    }

    @Test
    void aTokenWithoutAPlan_grantsItsDurationHours_asTheLegacyBotDid() throws Exception {
        assertThat(run(legacy.write(dir.resolve("bot.db")))).as(output()).isZero();

        assertThat(grantedMinutes(legacy.plainToken)).isEqualTo(48 * 60);
        assertThat(grantedMinutes(legacy.planToken)).isEqualTo(30 * 24 * 60);
        assertThat(output()).contains("1 of them name no plan and grant their duration_hours, as the legacy bot did");
    }

    @Test
    void defaultDuration_overridesATokenWithoutAPlan_onlyWhenGiven() throws Exception {
        assertThat(run(legacy.write(dir.resolve("bot.db")), "--default-duration", "2w"))
                .as(output())
                .isZero();

        assertThat(grantedMinutes(legacy.plainToken)).isEqualTo(14 * 24 * 60);
        assertThat(grantedMinutes(legacy.planToken)).isEqualTo(30 * 24 * 60);
        assertThat(output()).contains("1 of them name no plan and grant 2w (--default-duration)");
    }

    @Test
    void everyTableTheImportDoesNotCarry_isNamedWithItsRowCount() throws Exception {
        assertThat(run(legacy.write(dir.resolve("bot.db")))).as(output()).isZero();

        assertThat(output())
                .contains("Not carried (" + LegacyBotDdl.BEYOND.size() + " tables")
                .containsPattern("user_gamification_profiles +2 rows")
                .containsPattern("besitos_transactions +2 rows")
                .containsPattern("daily_gift_claims +2 rows")
                .containsPattern("alembic_version +2 rows");
    }

    @Test
    void twoSubscriptionsForOneUser_keepTheOneThatEndsLast_andReportTheOther() throws Exception {
        Path file = legacy.write(dir.resolve("loose.db"), true);
        LocalDateTime later = legacy.vipExpiry.plusDays(10);
        try (LegacyFile loose = LegacyFile.open(file)) {
            loose.insert(
                    "vip_subscribers",
                    "user_id",
                    legacy.vip,
                    "join_date",
                    CleanLegacyFile.at(legacy.now),
                    "expiry_date",
                    CleanLegacyFile.at(later),
                    "status",
                    "active",
                    "token_id",
                    3);
        }

        assertThat(run(file)).as(output()).isZero();

        assertThat(output())
                .containsPattern("vip_subscribers +3 +2 +0 +1 +0  2 ok")
                .contains("1 user(s) have more than one row; the one that ends last is kept")
                .contains("user " + legacy.vip + ": kept id 3 (ends " + later.toInstant(ZoneOffset.UTC)
                        + "), left out id 1 (ends " + legacy.vipExpiry.toInstant(ZoneOffset.UTC) + ")");
        assertThat(new Rows(database).row("SELECT expires_at FROM subscription WHERE user_id = ?", legacy.vip))
                .containsExactly(later.toInstant(ZoneOffset.UTC));
    }

    @Test
    void aDryRunOfAFileWithProblems_previewsTheCounts_writesNothing_andExits65() throws Exception {
        Path file = legacy.write(dir.resolve("bot.db"));
        try (LegacyFile dirty = LegacyFile.open(file)) {
            dirty.insert(
                    "users",
                    "user_id",
                    legacy.vip + 5,
                    "first_name",
                    "Late",
                    "role",
                    "FREE",
                    "created_at",
                    "not-a-date",
                    "updated_at",
                    CleanLegacyFile.at(legacy.now));
        }

        assertThat(run(file, "--dry-run")).as(output()).isEqualTo(65);

        assertThat(output())
                .containsPattern("users +5 +3 +0 +1 +1  3 ok")
                .containsPattern("vip_subscribers +2 +2 +0 +0 +0  2 ok")
                .contains("users id " + (legacy.vip + 5) + ", column created_at")
                .contains("DRY RUN: nothing was written. 1 problem(s) in 1 row(s): an import would refuse the file.");
        assertThat(new Rows(database).row("SELECT count(*) FROM app_user WHERE id = ?", legacy.vip))
                .containsExactly(0L);
    }

    private int grantedMinutes(String token) {
        return (Integer) new Rows(database)
                .row(
                        "SELECT grants_minutes FROM invitation_token" + " WHERE hash = encode(sha256(?::bytea), 'hex')",
                        token)
                .getFirst();
    }

    static Instant utc(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }
}

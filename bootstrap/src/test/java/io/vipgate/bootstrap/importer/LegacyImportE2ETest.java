package io.vipgate.bootstrap.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.application.token.port.in.RedeemTokenUseCase;
import io.vipgate.domain.subscription.RedemptionOutcome;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command end to end: a legacy SQLite file in, PostgreSQL rows and a report out. */
@QuarkusTest
@TestProfile(ImportTestMode.class)
class LegacyImportE2ETest {

    @TempDir
    Path dir;

    @Inject
    ImportCommand command;

    @Inject
    RedeemTokenUseCase redeem;

    @Inject
    DataSource database;

    final CleanLegacyFile legacy = new CleanLegacyFile();

    ImportRun importer;

    @BeforeEach
    void prepare() {
        importer = new ImportRun(command);
    }

    int run(String... args) {
        return importer.run(args);
    }

    String output() {
        return importer.output();
    }

    Instant instant(LocalDateTime naiveUtc) {
        return naiveUtc.toInstant(ZoneOffset.UTC);
    }

    @Test
    void cleanFile_arrivesFieldForField_withNaiveTimesAsUtc() throws Exception {
        Path file = legacy.write(dir.resolve("legacy.db"));
        TimeZone before = TimeZone.getDefault();
        int status;
        try {
            // A machine far from UTC: a naive 23:30 must still become 23:30 UTC.
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            status = run("import-sqlite", "--file", file.toString(), "--default-duration", "2w");
        } finally {
            TimeZone.setDefault(before);
        }

        assertThat(status).as(output() + importer.errors()).isZero();
        assertThat(output())
                .contains("IMPORTED in one transaction")
                .containsPattern("users +4 +3 +0 +1 +0  3 ok")
                .containsPattern("invitation_tokens +4 +2 +0 +2 +0  2 ok")
                .containsPattern("vip_subscribers +2 +2 +0 +0 +0  2 ok")
                .containsPattern("free_channel_requests +2 +1 +0 +1 +0  1 ok")
                .contains("Legacy admins (role ADMIN): [" + legacy.admin + "]");
        Rows db = new Rows(database);
        assertThat(db.row(
                        "SELECT first_name, last_name, username, language_code, reachable, created_at, updated_at"
                                + " FROM app_user WHERE id = ?",
                        legacy.vip))
                .containsExactly(
                        "Ana",
                        "Pérez",
                        "ana_vip",
                        null,
                        true,
                        instant(legacy.vipJoined),
                        instant(legacy.vipJoined.plusDays(1)));
        assertThat(db.row(
                        "SELECT status, period_started_at, expires_at FROM subscription WHERE user_id = ?", legacy.vip))
                .containsExactly("ACTIVE", instant(legacy.vipJoined), instant(legacy.vipExpiry));
        assertThat(db.row(
                        "SELECT to_char(expires_at AT TIME ZONE 'UTC', 'HH24:MI') FROM subscription"
                                + " WHERE user_id = ?",
                        legacy.vip))
                .containsExactly("23:30");
        assertThat(db.row("SELECT count(*) FROM subscription WHERE user_id = ?", legacy.former))
                .containsExactly(0L);
        assertThat(db.row("SELECT kind, at, new_expires_at FROM subscription_history WHERE user_id = ?", legacy.former))
                .containsExactly("IMPORTED", instant(legacy.now.minusDays(90)), instant(legacy.now.minusDays(60)));
        assertThat(db.row(
                        "SELECT grants_minutes, max_uses, uses, minted_at, valid_until, minted_by, revoked, prefix"
                                + " FROM invitation_token WHERE hash = encode(sha256(?::bytea), 'hex')",
                        legacy.planToken))
                .containsExactly(
                        30 * 24 * 60,
                        1,
                        0,
                        instant(legacy.now.minusHours(2)),
                        instant(legacy.now.minusHours(2).plusHours(24)),
                        legacy.admin,
                        false,
                        legacy.planToken.substring(0, 6));
        assertThat(db.row(
                        "SELECT grants_minutes FROM invitation_token WHERE hash = encode(sha256(?::bytea), 'hex')",
                        legacy.plainToken))
                .containsExactly(14 * 24 * 60);
        assertThat(db.row(
                        "SELECT chat_id, user_chat_id, requested_at, status FROM free_join_request"
                                + " WHERE user_id = ?",
                        legacy.former))
                .containsExactly(-1001000000002L, legacy.former, instant(legacy.requested), "PENDING");
    }

    @Test
    void secondRun_importsNothingTwice_andSaysSo() throws Exception {
        Path file = legacy.write(dir.resolve("legacy.db"));
        run("import-sqlite", "--file", file.toString(), "--default-duration", "2w");

        assertThat(run("import-sqlite", "--file", file.toString(), "--default-duration", "2w"))
                .isZero();

        assertThat(output())
                .contains("NOTHING NEW: every row was already in vipgate")
                .containsPattern("users +4 +0 +3 +1 +0  3 ok")
                .containsPattern("invitation_tokens +4 +0 +2 +2 +0  2 ok")
                .containsPattern("vip_subscribers +2 +0 +2 +0 +0  2 ok")
                .containsPattern("free_channel_requests +2 +0 +1 +1 +0  1 ok");
        assertThat(new Rows(database)
                        .row(
                                "SELECT count(*) FROM subscription_history WHERE user_id IN (?, ?)",
                                legacy.vip,
                                legacy.former))
                .containsExactly(2L);
    }

    @Test
    void aLegacyToken_isRedeemedThroughTheBot_withItsSixteenCharacterText() throws Exception {
        assertThat(run(
                        "import-sqlite",
                        "--file",
                        legacy.write(dir.resolve("legacy.db")).toString(),
                        "--default-duration",
                        "2w"))
                .isZero();
        long newcomer = legacy.vip + 3;

        RedemptionOutcome outcome = redeem.redeem(newcomer, "Newcomer", legacy.planToken)
                .toCompletableFuture()
                .join();

        assertThat(legacy.planToken).hasSize(16);
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RedemptionOutcome.Redeemed.class,
                        redeemed -> assertThat(Duration.between(
                                        Instant.now(), redeemed.subscription().expiresAt()))
                                .isBetween(Duration.ofDays(30).minusMinutes(1), Duration.ofDays(30)));
    }

    @Test
    void dryRun_reportsWhatWouldHappen_andWritesNothing() throws Exception {
        assertThat(run(
                        "import-sqlite",
                        "--file",
                        legacy.write(dir.resolve("legacy.db")).toString(),
                        "--dry-run",
                        "--default-duration",
                        "2w"))
                .isZero();

        assertThat(output()).contains("DRY RUN: nothing was written").containsPattern("users +4 +3 +0 +1 +0  3 ok");
        assertThat(new Rows(database).row("SELECT count(*) FROM app_user WHERE id = ?", legacy.vip))
                .containsExactly(0L);
    }
}

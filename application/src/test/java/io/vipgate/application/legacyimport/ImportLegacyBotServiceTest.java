package io.vipgate.application.legacyimport;

import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.InMemoryImportTarget;
import io.vipgate.application.fakes.LegacySnapshots;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.legacyimport.port.in.ImportOptions;
import io.vipgate.application.legacyimport.port.in.ImportReport;
import io.vipgate.application.legacyimport.port.in.ImportReport.Outcome;
import io.vipgate.application.legacyimport.port.in.TableReport;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.LegacySchema;
import io.vipgate.domain.subscription.ReminderSchedule;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The import's flow against fakes: validate everything first, write all or nothing, report every table. */
class ImportLegacyBotServiceTest {

    static final Instant NOW = Instant.parse("2025-11-10T12:00:00Z");
    static final LegacyImportPolicy POLICY = new LegacyImportPolicy(
            Set.of(1001L), Optional.of(-100200L), Optional.of(-100300L), ReminderSchedule.DEFAULT);

    final InMemoryImportTarget target = new InMemoryImportTarget();

    static LegacySnapshots clean() {
        return new LegacySnapshots()
                .row(
                        LegacySchema.BOT_CONFIG,
                        "id",
                        1,
                        "wait_time_minutes",
                        15,
                        "vip_channel_id",
                        "-100200",
                        "free_channel_id",
                        "-100300")
                .row(LegacySchema.USERS, "user_id", 11, "first_name", "Ana", "role", "VIP")
                .row(LegacySchema.USERS, "user_id", 12, "first_name", "Bo", "role", "FREE")
                .row(LegacySchema.PLANS, "id", 1, "name", "Monthly", "duration_days", 30, "active", 1)
                .row(
                        LegacySchema.TOKENS,
                        "id",
                        1,
                        "token",
                        "AbCdEfGh12345678",
                        "generated_by",
                        1001,
                        "created_at",
                        "2025-11-10 00:00:00",
                        "duration_hours",
                        24,
                        "used",
                        0,
                        "plan_id",
                        1)
                .row(
                        LegacySchema.SUBSCRIBERS,
                        "id",
                        1,
                        "user_id",
                        11,
                        "join_date",
                        "2025-11-01 10:00:00",
                        "expiry_date",
                        "2025-12-01 10:00:00",
                        "status",
                        "active")
                .row(
                        LegacySchema.SUBSCRIBERS,
                        "id",
                        2,
                        "user_id",
                        12,
                        "join_date",
                        "2025-09-01 10:00:00",
                        "expiry_date",
                        "2025-10-01 10:00:00",
                        "status",
                        "expired")
                .row(
                        LegacySchema.FREE_REQUESTS,
                        "id",
                        1,
                        "user_id",
                        12,
                        "request_date",
                        "2025-11-10 11:00:00",
                        "processed",
                        0);
    }

    ImportReport run(LegacySnapshots source, boolean dryRun, boolean skipInvalid) {
        ImportLegacyBotService service = new ImportLegacyBotService(source, target, POLICY, new MutableClock(NOW));
        return join(service.importFrom(
                new ImportOptions("legacy.db", dryRun, skipInvalid, Optional.empty()), ImportProgress.NONE));
    }

    static TableReport table(ImportReport report, String name) {
        return report.tables().stream()
                .filter(t -> t.table().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void cleanFile_isImported_andEveryTableBalancesAndIsFoundAfterwards() {
        ImportReport report = run(clean(), false, false);

        assertThat(report.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(report.problems()).isEmpty();
        assertThat(report.tables()).extracting(TableReport::table).containsExactlyElementsOf(LegacySchema.TABLES);
        assertThat(report.tables())
                .allSatisfy(t ->
                        assertThat(t.balanced() && t.verified()).as(t.table()).isTrue());
        assertThat(table(report, LegacySchema.USERS).imported()).isEqualTo(2);
        assertThat(table(report, LegacySchema.SUBSCRIBERS).imported()).isEqualTo(2);
        assertThat(table(report, LegacySchema.PLANS).leftOut()).isEqualTo(1);
        assertThat(target.users).containsOnlyKeys(11L, 12L);
        assertThat(target.subscriptions).containsOnlyKeys(11L);
        assertThat(target.history).hasSize(2);
        assertThat(target.tokens).hasSize(1);
        assertThat(target.joinRequests).containsOnlyKeys(12L);
        assertThat(target.wait)
                .hasValueSatisfying(wait -> assertThat(wait.minutes()).isEqualTo(15));
    }

    @Test
    void secondRun_writesNothingTwice_andSaysEverythingIsAlreadyPresent() {
        run(clean(), false, false);

        ImportReport again = run(clean(), false, false);

        assertThat(again.tables())
                .allSatisfy(t -> assertThat(t.imported()).as(t.table()).isZero());
        assertThat(table(again, LegacySchema.USERS).alreadyPresent()).isEqualTo(2);
        assertThat(table(again, LegacySchema.SUBSCRIBERS).alreadyPresent()).isEqualTo(2);
        assertThat(table(again, LegacySchema.TOKENS).alreadyPresent()).isEqualTo(1);
        assertThat(table(again, LegacySchema.FREE_REQUESTS).alreadyPresent()).isEqualTo(1);
        assertThat(table(again, LegacySchema.BOT_CONFIG).alreadyPresent()).isEqualTo(1);
        assertThat(target.history).hasSize(2);
    }

    @Test
    void dryRun_asksTheTargetToRollBack_andSaysSo() {
        ImportReport report = run(clean(), true, false);

        assertThat(report.outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(target.writes).containsExactly(true);
        assertThat(target.users).isEmpty();
        assertThat(table(report, LegacySchema.USERS).imported()).isEqualTo(2);
    }

    @Test
    void oneInvalidRow_rejectsTheWholeFile_writingNothing() {
        LegacySnapshots dirty = clean().row(LegacySchema.USERS, "user_id", "abc", "first_name", "Cy");

        ImportReport report = run(dirty, false, false);

        assertThat(report.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(target.writes).isEmpty();
        assertThat(report.problems())
                .singleElement()
                .hasToString(
                        "users id text \"abc\" (rowid 9), column user_id: expected an integer, found text \"abc\"");
        assertThat(table(report, LegacySchema.USERS).skipped()).isEqualTo(1);
    }

    @Test
    void skipInvalid_importsTheRest_andSkipsRowsThatDependOnASkippedOne() {
        LegacySnapshots dirty = clean().row(
                        LegacySchema.USERS, "user_id", 13, "first_name", "Cy", "created_at", "not-a-date")
                .row(
                        LegacySchema.SUBSCRIBERS,
                        "id",
                        3,
                        "user_id",
                        13,
                        "join_date",
                        "2025-11-01 10:00:00",
                        "expiry_date",
                        "2025-12-01 10:00:00",
                        "status",
                        "active");

        ImportReport report = run(dirty, false, true);

        assertThat(report.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(report.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "users id 13, column created_at: expected a date-time like 2025-11-05 12:30:45, found text \"not-a-date\"",
                        "vip_subscribers id 3, column user_id: refers to user 13, whose row in users is invalid");
        assertThat(target.users).containsOnlyKeys(11L, 12L);
        assertThat(table(report, LegacySchema.SUBSCRIBERS).skipped()).isEqualTo(1);
        assertThat(report.tables())
                .allSatisfy(t -> assertThat(t.balanced()).as(t.table()).isTrue());
    }

    @Test
    void aLargeFile_isStreamedInBatches_neverHeldWhole() {
        LegacySnapshots large = new LegacySnapshots();
        int users = ImportStream.BATCH * 2 + 10;
        for (int i = 0; i < users; i++) {
            large.row(LegacySchema.USERS, "user_id", 100_000 + i, "first_name", "U" + i);
            large.row(
                    LegacySchema.SUBSCRIBERS,
                    "id",
                    i + 1,
                    "user_id",
                    100_000 + i,
                    "join_date",
                    "2025-11-01 10:00:00",
                    "expiry_date",
                    "2025-12-01 10:00:00",
                    "status",
                    "active");
        }

        ImportReport report = run(large, false, false);

        assertThat(report.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(target.batches)
                .hasSizeGreaterThan(4)
                .allSatisfy(batch -> assertThat(batch.rows()).isLessThanOrEqualTo(ImportStream.BATCH));
        assertThat(target.writes).containsExactly(false);
        assertThat(target.users).hasSize(users);
        assertThat(target.subscriptions).hasSize(users);
        assertThat(table(report, LegacySchema.USERS).imported()).isEqualTo(users);
    }

    @Test
    void aDryRunOfAFileWithProblems_stillWritesTheValidRows_andRollsThemBack() {
        LegacySnapshots dirty = clean().row(LegacySchema.USERS, "user_id", "abc", "first_name", "Cy");

        ImportReport report = run(dirty, true, false);

        assertThat(report.outcome()).isEqualTo(Outcome.DRY_RUN);
        assertThat(report.problems()).hasSize(1);
        assertThat(target.writes).containsExactly(true);
        assertThat(target.users).isEmpty();
        assertThat(table(report, LegacySchema.USERS).imported()).isEqualTo(2);
        assertThat(table(report, LegacySchema.USERS).skipped()).isEqualTo(1);
    }

    @Test
    void userZero_isLeftOut_andARowNamingItIsAProblem() {
        LegacySnapshots source = clean().row(LegacySchema.USERS, "user_id", 0, "first_name", "Admin", "role", "ADMIN")
                .row(
                        LegacySchema.SUBSCRIBERS,
                        "id",
                        3,
                        "user_id",
                        0,
                        "join_date",
                        "2025-11-01 10:00:00",
                        "expiry_date",
                        "2025-12-01 10:00:00",
                        "status",
                        "active");

        ImportReport report = run(source, false, true);

        assertThat(table(report, LegacySchema.USERS).leftOut()).isEqualTo(1);
        assertThat(target.users).doesNotContainKey(0L);
        assertThat(report.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "vip_subscribers id 3, column"
                                + " user_id: refers to user 0, the legacy migration script's placeholder admin, which is not imported");
        assertThat(report.notes()).anyMatch(note -> note.startsWith("users: user 0 is left out"));
    }

    @Test
    void aRequestOfAnUnknownUser_importsThatUser_onlyOnce_andBalances() {
        LegacySnapshots source = clean().row(
                        LegacySchema.FREE_REQUESTS,
                        "id",
                        2,
                        "user_id",
                        77,
                        "request_date",
                        "2025-11-10 11:30:00",
                        "processed",
                        0)
                .row(
                        LegacySchema.FREE_REQUESTS,
                        "id",
                        3,
                        "user_id",
                        77,
                        "request_date",
                        "2025-11-10 11:10:00",
                        "processed",
                        0)
                .row(
                        LegacySchema.FREE_REQUESTS,
                        "id",
                        4,
                        "user_id",
                        78,
                        "request_date",
                        "2025-11-10 11:10:00",
                        "processed",
                        1);

        ImportReport report = run(source, false, false);

        assertThat(report.problems()).isEmpty();
        assertThat(target.users.get(77L).user().firstName()).isEmpty();
        assertThat(target.users).doesNotContainKey(78L);
        assertThat(target.joinRequests.get(77L).requestedAt())
                .isEqualTo(java.time.Instant.parse("2025-11-10T11:10:00Z"));
        assertThat(table(report, "users from requests").imported()).isEqualTo(1);
        assertThat(report.tables())
                .allSatisfy(t ->
                        assertThat(t.balanced() && t.verified()).as(t.table()).isTrue());
    }

    @Test
    void twoSubscriptionsOfOneUser_keepTheOneThatEndsLast_whateverTheirOrder() {
        LegacySnapshots source = clean().row(
                        LegacySchema.SUBSCRIBERS,
                        "id",
                        3,
                        "user_id",
                        11,
                        "join_date",
                        "2025-11-05 10:00:00",
                        "expiry_date",
                        "2026-01-01 10:00:00",
                        "status",
                        "active")
                .row(
                        LegacySchema.SUBSCRIBERS,
                        "id",
                        4,
                        "user_id",
                        11,
                        "join_date",
                        "2025-10-01 10:00:00",
                        "expiry_date",
                        "2025-11-01 10:00:00",
                        "status",
                        "expired");

        ImportReport report = run(source, false, false);

        assertThat(report.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(target.subscriptions.get(11L).expiresAt())
                .isEqualTo(java.time.Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(table(report, LegacySchema.SUBSCRIBERS).leftOut()).isEqualTo(2);
        assertThat(report.notes())
                .anyMatch(note -> note.contains("user 11: kept id 3 (ends 2026-01-01T10:00:00Z),"
                        + " left out id 1 (ends 2025-12-01T10:00:00Z), id 4 (ends 2025-11-01T10:00:00Z)"));
        assertThat(report.tables())
                .allSatisfy(t -> assertThat(t.balanced()).as(t.table()).isTrue());
    }
}

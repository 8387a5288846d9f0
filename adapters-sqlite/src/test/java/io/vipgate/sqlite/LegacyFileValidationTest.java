package io.vipgate.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.legacyimport.ImportLegacyBotService;
import io.vipgate.application.legacyimport.LegacyImportPolicy;
import io.vipgate.application.legacyimport.port.in.ImportOptions;
import io.vipgate.application.legacyimport.port.in.ImportReport;
import io.vipgate.application.legacyimport.port.in.ImportReport.Outcome;
import io.vipgate.application.legacyimport.port.out.ImportBatch;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.ImportSession;
import io.vipgate.application.legacyimport.port.out.ImportTarget;
import io.vipgate.application.legacyimport.port.out.ImportWritten;
import io.vipgate.application.legacyimport.port.out.ImportWritten.Count;
import io.vipgate.domain.subscription.ReminderSchedule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real SQLite files through the reader and the import's validation: every kind of bad value is named exactly. */
class LegacyFileValidationTest {

    static final Instant NOW = Instant.parse("2025-11-10T12:00:00Z");

    @TempDir
    Path dir;

    final List<ImportBatch> written = new ArrayList<>();
    final ImportTarget target = (dryRun, progress) -> CompletableFuture.completedFuture(new ImportSession() {
        @Override
        public CompletionStage<ImportWritten> write(ImportBatch batch) {
            written.add(batch);
            return CompletableFuture.completedFuture(new ImportWritten(
                    all(batch.users().size()),
                    all(batch.active().size()),
                    all(batch.past().size()),
                    all(batch.tokens().size()),
                    all(batch.joinRequests().size()),
                    all(batch.freeChannelWait().isPresent() ? 1 : 0),
                    all(batch.requesters().size())));
        }

        @Override
        public CompletionStage<Void> finish() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> abort() {
            return CompletableFuture.completedFuture(null);
        }
    });

    static Count all(int rows) {
        return new Count(rows, 0, rows);
    }

    ImportReport run(Path file, boolean skipInvalid) {
        LegacyImportPolicy policy =
                new LegacyImportPolicy(Set.of(), Optional.empty(), Optional.of(-100300L), ReminderSchedule.DEFAULT);
        return new ImportLegacyBotService(new SqliteLegacyBotSource(), target, policy, Clock.fixed(NOW, ZoneOffset.UTC))
                .importFrom(
                        new ImportOptions(file.toString(), false, skipInvalid, Optional.empty()), ImportProgress.NONE)
                .toCompletableFuture()
                .join();
    }

    static Path dirty(Path file) throws Exception {
        try (LegacyFile legacy = LegacyFile.createDamaged(file)) {
            legacy.insert("users", "user_id", 11, "first_name", "Ana", "created_at", "2025-11-05 23:30:00.000000")
                    .insert("users", "user_id", "abc", "first_name", "Text id")
                    .insert("users", "user_id", 50, "first_name", "Twin one")
                    .insert("users", "user_id", 50, "first_name", "Twin two")
                    .insert(
                            "users",
                            "user_id",
                            12,
                            "first_name",
                            "Bo",
                            "created_at",
                            "not-a-date",
                            "updated_at",
                            "2025-02-30 10:00:00")
                    .insert("subscription_plans", "id", 1, "duration_days", "thirty")
                    .insert(
                            "invitation_tokens",
                            "id",
                            1,
                            "token",
                            "AbCdEfGh12345678",
                            "generated_by",
                            1001,
                            "created_at",
                            "2025-11-10 00:00:00",
                            "duration_hours",
                            1.5,
                            "used",
                            "yes",
                            "plan_id",
                            99)
                    .insert(
                            "vip_subscribers",
                            "id",
                            1,
                            "user_id",
                            11,
                            "join_date",
                            "2025-11-01 10:00:00",
                            "expiry_date",
                            "2025-12-01 23:30:00",
                            "status",
                            "active")
                    .insert(
                            "vip_subscribers",
                            "id",
                            2,
                            "user_id",
                            999,
                            "join_date",
                            "2025-11-01 10:00:00",
                            "expiry_date",
                            "2025-10-01 10:00:00",
                            "status",
                            "paused",
                            "token_id",
                            77)
                    .insert(
                            "free_channel_requests",
                            "id",
                            1,
                            "user_id",
                            "abc",
                            "request_date",
                            "2025-13-01 10:00:00",
                            "processed",
                            0);
        }
        return file;
    }

    @Test
    void dirtyFile_isRejected_withEveryProblemNamingTableIdAndColumn_andNothingWritten() throws Exception {
        ImportReport report = run(dirty(dir.resolve("dirty.db")), false);

        assertThat(report.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(written).isEmpty();
        assertThat(report.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "users id text \"abc\" (rowid 2), column user_id: expected an integer, found text \"abc\"",
                        "users id 50, column user_id: more than one row has this user id",
                        "users id 50, column user_id: more than one row has this user id",
                        "users id 12, column created_at: expected a date-time like 2025-11-05 12:30:45, found text \"not-a-date\"",
                        "users id 12, column updated_at: is not a real date or time: text \"2025-02-30 10:00:00\"",
                        "subscription_plans id 1, column duration_days: expected an integer, found text \"thirty\"",
                        "invitation_tokens id 1, column duration_hours: expected an integer, found real number 1.5",
                        "invitation_tokens id 1, column used: expected a boolean (0 or 1), found text \"yes\"",
                        "invitation_tokens id 1, column plan_id: refers to plan 99, which is not in subscription_plans",
                        "vip_subscribers id 2, column user_id: refers to user 999, who is not in users",
                        "vip_subscribers id 2, column expiry_date: is before join_date",
                        "vip_subscribers id 2, column status: expected one of [ACTIVE, EXPIRED], found text \"paused\"",
                        "vip_subscribers id 2, column token_id: refers to token 77, which is not in invitation_tokens",
                        "free_channel_requests id 1, column user_id: expected an integer, found text \"abc\"",
                        "free_channel_requests id 1, column request_date: is not a real date or time: text \"2025-13-01 10:00:00\"");
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.toString()).doesNotContain("AbCdEfGh12345678"));
    }

    @Test
    void skipInvalid_importsTheValidRows_andCountsTheSkippedOnes() throws Exception {
        ImportReport report = run(dirty(dir.resolve("dirty.db")), true);

        assertThat(report.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(written).singleElement().satisfies(batch -> {
            assertThat(batch.users()).extracting(u -> u.user().id()).containsExactly(11L);
            assertThat(batch.subscriptions()).extracting(s -> s.userId()).containsExactly(11L);
            assertThat(batch.tokens()).isEmpty();
            assertThat(batch.joinRequests()).isEmpty();
        });
        assertThat(report.tables())
                .extracting(t -> t.table() + " " + t.skipped())
                .containsExactly(
                        "bot_config 0",
                        "users 4",
                        "subscription_plans 1",
                        "invitation_tokens 1",
                        "vip_subscribers 1",
                        "free_channel_requests 1");
        assertThat(report.tables())
                .allSatisfy(t -> assertThat(t.balanced()).as(t.table()).isTrue());
    }

    @Test
    void naiveTimes_areUtc_whateverTheMachinesZone() throws Exception {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            run(dirty(dir.resolve("dirty.db")), true);
        } finally {
            TimeZone.setDefault(before);
        }

        ImportBatch batch = written.getFirst();
        assertThat(batch.users().getFirst().createdAt()).isEqualTo(Instant.parse("2025-11-05T23:30:00Z"));
        assertThat(batch.subscriptions().getFirst().current().orElseThrow().expiresAt())
                .isEqualTo(Instant.parse("2025-12-01T23:30:00Z"));
    }
}

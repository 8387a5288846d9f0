package io.vipgate.application.legacyimport;

import static io.vipgate.application.fakes.Stages.join;
import static io.vipgate.application.legacyimport.ImportLegacyBotServiceTest.NOW;
import static io.vipgate.application.legacyimport.ImportLegacyBotServiceTest.POLICY;
import static io.vipgate.application.legacyimport.ImportLegacyBotServiceTest.clean;
import static io.vipgate.application.legacyimport.ImportLegacyBotServiceTest.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.InMemoryImportTarget;
import io.vipgate.application.fakes.LegacySnapshots;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.legacyimport.port.in.ImportOptions;
import io.vipgate.application.legacyimport.port.in.ImportReport;
import io.vipgate.application.legacyimport.port.in.TableReport;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.LegacySchema;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.freechannel.JoinRequestStatus;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How legacy rows become vipgate values: exact values, reminders, grants, what is left out, and the notes. */
class LegacyMappingTest {

    final InMemoryImportTarget target = new InMemoryImportTarget();

    ImportReport run(LegacySnapshots source, boolean dryRun, boolean skipInvalid) {
        ImportLegacyBotService service = new ImportLegacyBotService(source, target, POLICY, new MutableClock(NOW));
        return join(service.importFrom(
                new ImportOptions("legacy.db", dryRun, skipInvalid, Optional.empty()), ImportProgress.NONE));
    }

    @Test
    void tokenWithoutPlan_grantsItsDurationHours_andADefaultDurationOnlyWhenGiven() {
        LegacySnapshots source = clean().row(
                        LegacySchema.TOKENS,
                        "id",
                        2,
                        "token",
                        "ZyXwVu9876543210",
                        "generated_by",
                        1001,
                        "created_at",
                        "2025-11-10 00:00:00",
                        "duration_hours",
                        36,
                        "used",
                        0);

        assertThat(run(source, true, false).problems()).isEmpty();
        assertThat(target.batches.getFirst().tokens())
                .extracting(t -> t.grants())
                .containsExactlyInAnyOrder(VipDuration.ofDays(30), VipDuration.ofMinutes(36 * 60));

        ImportLegacyBotService service = new ImportLegacyBotService(source, target, POLICY, new MutableClock(NOW));
        join(service.importFrom(
                new ImportOptions("legacy.db", false, false, Optional.of(VipDuration.ofDays(7))), ImportProgress.NONE));
        assertThat(target.tokens.values())
                .extracting(t -> t.grants())
                .containsExactlyInAnyOrder(VipDuration.ofDays(30), VipDuration.ofDays(7));
    }

    @Test
    void usedAndExpiredTokens_processedAndRepeatedRequests_areLeftOutAndCounted() {
        LegacySnapshots source = clean().row(
                        LegacySchema.TOKENS,
                        "id",
                        2,
                        "token",
                        "UsedUsedUsed0000",
                        "generated_by",
                        1001,
                        "created_at",
                        "2025-11-10 00:00:00",
                        "duration_hours",
                        24,
                        "used",
                        1,
                        "plan_id",
                        1)
                .row(
                        LegacySchema.TOKENS,
                        "id",
                        3,
                        "token",
                        "OldOldOldOld0000",
                        "generated_by",
                        1001,
                        "created_at",
                        "2025-11-01 00:00:00",
                        "duration_hours",
                        24,
                        "used",
                        0,
                        "plan_id",
                        1)
                .row(
                        LegacySchema.FREE_REQUESTS,
                        "id",
                        2,
                        "user_id",
                        12,
                        "request_date",
                        "2025-11-10 09:00:00",
                        "processed",
                        0)
                .row(
                        LegacySchema.FREE_REQUESTS,
                        "id",
                        3,
                        "user_id",
                        11,
                        "request_date",
                        "2025-11-01 09:00:00",
                        "processed",
                        1);

        ImportReport report = run(source, false, false);

        assertThat(table(report, LegacySchema.TOKENS))
                .extracting(TableReport::imported, TableReport::leftOut)
                .containsExactly(1, 2);
        assertThat(table(report, LegacySchema.FREE_REQUESTS))
                .extracting(TableReport::imported, TableReport::leftOut)
                .containsExactly(1, 2);
        assertThat(target.joinRequests.get(12L).requestedAt()).isEqualTo(Instant.parse("2025-11-10T09:00:00Z"));
    }

    @Test
    void notes_listLegacyAdminsMissingFromAdminIds_andCompareChannels() {
        LegacySnapshots source = clean().row(LegacySchema.USERS, "user_id", 77, "first_name", "Root", "role", "ADMIN");

        ImportReport report = run(source, false, false);

        assertThat(report.notes())
                .anySatisfy(note -> assertThat(note)
                        .contains("Legacy admins (role ADMIN): [77]")
                        .contains("not in ADMIN_IDS: [77]"));
        assertThat(report.notes())
                .contains(
                        "VIP channel -100200 matches VIP_CHANNEL_ID.", "Free channel -100300 matches FREE_CHANNEL_ID.");
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("database has no place for them"));
    }

    @Test
    void mapping_keepsEveryLegacyValue_andArmsRemindersAsTheDomainDoes() {
        run(clean(), false, false);

        var subscription = target.subscriptions.get(11L);
        assertThat(subscription.periodStartedAt()).isEqualTo(Instant.parse("2025-11-01T10:00:00Z"));
        assertThat(subscription.expiresAt()).isEqualTo(Instant.parse("2025-12-01T10:00:00Z"));
        assertThat(subscription.lastReminder()).isEmpty();
        assertThat(subscription.nextReminderAt()).contains(Instant.parse("2025-11-28T10:00:00Z"));
        var token = target.tokens.values().iterator().next();
        var secret = new TokenSecret("AbCdEfGh12345678");
        assertThat(token)
                .isEqualTo(new InvitationToken(
                        secret.hash(),
                        "AbCdEf",
                        VipDuration.ofDays(30),
                        1,
                        0,
                        Instant.parse("2025-11-10T00:00:00Z"),
                        Instant.parse("2025-11-11T00:00:00Z"),
                        1001L,
                        false));
        var request = target.joinRequests.get(12L);
        assertThat(request)
                .isEqualTo(new JoinRequest(
                        12L, -100300L, 12L, Instant.parse("2025-11-10T11:00:00Z"), JoinRequestStatus.PENDING));
        assertThat(target.users.get(11L).createdAt()).isEqualTo(NOW);
    }

    @Test
    void anActiveSubscriptionEndingSoon_countsOvertakenRemindersAsSent() {
        var armed = LegacySubscribers.armed(
                11L, NOW.minusSeconds(86_400 * 20L), NOW.plusSeconds(86_400 * 2L), ReminderSchedule.DEFAULT, NOW);

        assertThat(armed.lastReminder()).contains(Duration.ofDays(3));
        assertThat(armed.nextReminderAt()).contains(NOW.plusSeconds(86_400));
        assertThat(armed.dueReminder(NOW, ReminderSchedule.DEFAULT)).isEmpty();
    }
}

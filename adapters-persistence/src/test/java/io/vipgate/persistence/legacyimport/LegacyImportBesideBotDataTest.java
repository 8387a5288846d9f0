package io.vipgate.persistence.legacyimport;

import static io.vipgate.persistence.legacyimport.LegacyBatches.active;
import static io.vipgate.persistence.legacyimport.LegacyBatches.batch;
import static io.vipgate.persistence.legacyimport.LegacyBatches.token;
import static io.vipgate.persistence.legacyimport.LegacyBatches.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.legacyimport.port.out.ImportBatch;
import io.vipgate.application.legacyimport.port.out.ImportProgress;
import io.vipgate.application.legacyimport.port.out.ImportWritten;
import io.vipgate.application.legacyimport.port.out.ImportWritten.Count;
import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.RedemptionOutcome;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.TokenSecret;
import io.vipgate.persistence.Sql;
import io.vipgate.persistence.freechannel.PostgresFreeChannelAdapter;
import io.vipgate.persistence.subscription.PostgresSubscriptionLedgerAdapter;
import io.vipgate.persistence.subscription.PostgresSubscriptionRepositoryAdapter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** An import into a database the bot already uses: its data wins, and imported tokens work with the bot's ledger. */
@QuarkusTest
class LegacyImportBesideBotDataTest {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final Instant joined = now.minus(Duration.ofDays(10));
    private final Instant expiry = now.plus(Duration.ofDays(20)).plusNanos(123_000);

    @Inject
    PostgresLegacyImportAdapter importer;

    @Inject
    PostgresSubscriptionRepositoryAdapter subscriptions;

    @Inject
    PostgresFreeChannelAdapter freeChannel;

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    DataSource database;

    private ImportWritten write(ImportBatch batch, boolean dryRun) {
        return Await.result(importer.write(batch, dryRun, ImportProgress.NONE));
    }

    @Test
    void aSubscriptionVipgateAlreadyHas_isKept_andCountedAsPresent() {
        long vip = TestIds.user();
        var own = Await.result(ledger.extend(vip, VipDuration.ofDays(3), 1001L, now, ReminderSchedule.DEFAULT));

        ImportWritten written = write(
                batch(
                        List.of(user(vip, joined)),
                        List.of(active(vip, joined, expiry, expiry.minus(Duration.ofDays(1)))),
                        List.of(),
                        List.of()),
                false);

        assertThat(written.users()).isEqualTo(new Count(0, 1, 1));
        assertThat(written.activeSubscriptions()).isEqualTo(new Count(0, 1, 1));
        assertThat(Await.result(subscriptions.find(vip))).contains(own);
        assertThat(Await.result(subscriptions.history(vip)))
                .extracting(SubscriptionChange::kind)
                .containsExactly(ChangeKind.EXTENDED);
    }

    @Test
    void anImportedLegacyToken_isRedeemedWithItsSixteenCharacterText() {
        TokenSecret secret = LegacyBatches.legacySecret();
        write(
                batch(
                        List.of(),
                        List.of(),
                        List.of(token(secret, VipDuration.ofDays(30), now.minusSeconds(60), 1001L)),
                        List.of()),
                false);
        long redeemer = TestIds.user();

        RedemptionOutcome outcome = Await.result(
                ledger.redeem(new TokenSecret(secret.value()).hash(), redeemer, now, ReminderSchedule.DEFAULT));

        assertThat(secret.value()).hasSize(16);
        assertThat(outcome)
                .isInstanceOfSatisfying(
                        RedemptionOutcome.Redeemed.class,
                        redeemed -> assertThat(redeemed.subscription().expiresAt())
                                .isEqualTo(now.plus(Duration.ofDays(30))));
        assertThat(Await.result(ledger.redeem(secret.hash(), TestIds.user(), now, ReminderSchedule.DEFAULT)))
                .isInstanceOf(RedemptionOutcome.UsedUpToken.class);
    }

    @Test
    void theFreeChannelWait_isImported_unlessAnAdminHasSetOne() {
        Sql.update(database, "UPDATE bot_settings SET free_channel_wait_minutes = 5, updated_by = NULL WHERE id = 1");
        try {
            ImportBatch batch = new ImportBatch(
                    List.of(), List.of(), List.of(), List.of(), Optional.of(FreeChannelWait.ofMinutes(17)));

            assertThat(write(batch, false).settings()).isEqualTo(new Count(1, 0, 1));
            assertThat(Await.result(freeChannel.freeChannelWait()).minutes()).isEqualTo(17);
            assertThat(write(batch, false).settings()).isEqualTo(new Count(0, 1, 1));
            Sql.update(
                    database, "UPDATE bot_settings SET free_channel_wait_minutes = 9, updated_by = 1001 WHERE id = 1");
            assertThat(write(batch, false).settings()).isEqualTo(new Count(0, 1, 1));
            assertThat(Await.result(freeChannel.freeChannelWait()).minutes()).isEqualTo(9);
        } finally {
            Sql.update(
                    database, "UPDATE bot_settings SET free_channel_wait_minutes = 5, updated_by = NULL WHERE id = 1");
        }
    }
}

package io.vipgate.persistence.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.stats.port.in.BotStats;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.MintedToken;
import io.vipgate.persistence.Sql;
import io.vipgate.persistence.Tokens;
import io.vipgate.persistence.freechannel.PostgresFreeChannelAdapter;
import io.vipgate.persistence.subscription.PostgresSubscriptionLedgerAdapter;
import io.vipgate.persistence.token.PostgresTokenRepositoryAdapter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The {@code /stats} counts, measured as the difference a known set of actions makes. The subscriptions live
 * at a random instant centuries ahead, so earlier tests' subscriptions cannot expire between two readings.
 */
@QuarkusTest
class PostgresStatsAdapterTest {

    private static final ReminderSchedule REMINDERS = ReminderSchedule.DEFAULT;

    private final Instant now = Instant.parse("2300-01-01T00:00:00Z")
            .plus(Duration.ofDays(ThreadLocalRandom.current().nextLong(0, 2_000_000)));

    @Inject
    PostgresStatsAdapter stats;

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    PostgresTokenRepositoryAdapter tokens;

    @Inject
    PostgresFreeChannelAdapter freeChannel;

    @Inject
    DataSource database;

    @Test
    void stats_countExactlyWhatMintingRedeemingExtendingRevokingAndJoinRequestsAdd() {
        BotStats before = Await.result(stats.stats(now));

        act();

        assertThat(minus(Await.result(stats.stats(now)), before)).isEqualTo(new BotStats(4, 2, 2, 1, 1, 1));
    }

    @Test
    void stats_countASubscriptionEndingExactlyAWeekAheadAsExpiring_butNotOneEndingAMinuteLater() {
        BotStats before = Await.result(stats.stats(now));
        Await.result(ledger.extend(TestIds.user(), VipDuration.ofDays(7), 7L, now, REMINDERS));
        BotStats afterWeek = Await.result(stats.stats(now));
        Await.result(ledger.extend(TestIds.user(), VipDuration.ofMinutes(7 * 24 * 60 + 1), 7L, now, REMINDERS));
        BotStats afterLonger = Await.result(stats.stats(now));

        assertThat(activeAndExpiring(minus(afterWeek, before))).containsExactly(1L, 1L);
        assertThat(activeAndExpiring(minus(afterLonger, afterWeek))).containsExactly(1L, 0L);
    }

    /**
     * Two tokens minted and one of them redeemed for three days, admin grants of 30 days, exactly 7 days and
     * 7 days and a minute, one grant revoked at once, one pending and one approved join request.
     */
    private void act() {
        MintedToken redeemed = Tokens.stored(tokens, VipDuration.ofDays(3), 1, now, Duration.ofDays(7));
        Tokens.stored(tokens, VipDuration.ofDays(1), 1, now, Duration.ofDays(7));
        Await.result(ledger.redeem(redeemed.token().hash(), TestIds.user(), now, REMINDERS));
        Await.result(ledger.extend(TestIds.user(), VipDuration.ofDays(30), 7L, now, REMINDERS));
        Await.result(ledger.extend(TestIds.user(), VipDuration.ofDays(7), 7L, now, REMINDERS));
        Await.result(ledger.extend(TestIds.user(), VipDuration.ofMinutes(7 * 24 * 60 + 1), 7L, now, REMINDERS));
        long revoked = TestIds.user();
        Await.result(ledger.extend(revoked, VipDuration.ofDays(2), 7L, now.minusSeconds(60), REMINDERS));
        Await.result(ledger.revoke(revoked, 7L, now));
        Await.result(freeChannel.record(JoinRequest.pending(TestIds.user(), -100L, 1L, now)));
        long approved = TestIds.user();
        Await.result(freeChannel.record(JoinRequest.pending(approved, -100L, 1L, now)));
        Sql.update(database, "UPDATE free_join_request SET status = 'APPROVED' WHERE user_id = ?", approved);
    }

    /** The two counts this test's instant isolates from every other writer of the database. */
    private static List<Long> activeAndExpiring(BotStats stats) {
        return List.of(stats.activeSubscribers(), stats.expiringWithinWeek());
    }

    private static BotStats minus(BotStats after, BotStats before) {
        return new BotStats(
                after.activeSubscribers() - before.activeSubscribers(),
                after.expiringWithinWeek() - before.expiringWithinWeek(),
                after.tokensMinted() - before.tokensMinted(),
                after.tokensRedeemed() - before.tokensRedeemed(),
                after.freeRequestsPending() - before.freeRequestsPending(),
                after.freeRequestsApproved() - before.freeRequestsApproved());
    }
}

package io.vipgate.persistence.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.subscription.port.in.SubscriberEntry;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.MintedToken;
import io.vipgate.domain.user.BotUser;
import io.vipgate.persistence.Sql;
import io.vipgate.persistence.Tokens;
import io.vipgate.persistence.token.PostgresTokenRepositoryAdapter;
import io.vipgate.persistence.user.PostgresUserRepositoryAdapter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Reads of subscriptions and their history against a real PostgreSQL. Each test lives at its own random
 * instant centuries ahead, so the subscriptions other tests leave behind have long run out at its "now".
 */
@QuarkusTest
class PostgresSubscriptionRepositoryAdapterTest {

    private static final ReminderSchedule REMINDERS = ReminderSchedule.DEFAULT;
    private static final int EVERYONE = 100_000;
    /** The order {@code active} promises: soonest expiry first, ties by user id so that pages never overlap. */
    private static final Comparator<SubscriberEntry> BY_EXPIRY = Comparator.comparing(
                    (SubscriberEntry entry) -> entry.subscription().expiresAt())
            .thenComparing(entry -> entry.user().id());

    private final Instant now = Instant.parse("2300-01-01T00:00:00Z")
            .plus(Duration.ofDays(ThreadLocalRandom.current().nextLong(0, 2_000_000)))
            .plusSeconds(ThreadLocalRandom.current().nextLong(0, 86_400));

    @Inject
    PostgresSubscriptionRepositoryAdapter subscriptions;

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    PostgresTokenRepositoryAdapter tokens;

    @Inject
    PostgresUserRepositoryAdapter users;

    @Inject
    DataSource database;

    @Test
    void find_isEmptyWithoutSubscription_andReturnsTheStoredOne() {
        long user = TestIds.user();
        assertThat(Await.result(subscriptions.find(user))).isEmpty();

        Subscription granted = extend(user, 5, now);

        assertThat(Await.result(subscriptions.find(user))).contains(granted);
        assertThat(Await.result(subscriptions.find(TestIds.user()))).isEmpty();
    }

    @Test
    void active_listsRunningSubscriptionsWithTheirUser_soonestExpiryFirst_andNothingElse() {
        BotUser late = BotUser.seen(TestIds.user(), "Late", "Lopez", "late_one", "es");
        Await.result(users.upsert(late));
        Subscription lateSubscription = extend(late.id(), 9, now);
        long soon = TestIds.user();
        extend(soon, 2, now);
        long middle = TestIds.user();
        extend(middle, 5, now);
        long activeButPast = TestIds.user();
        extend(activeButPast, 1, now.minus(Duration.ofDays(3)));
        long endingNow = TestIds.user();
        extend(endingNow, 1, now.minus(Duration.ofDays(1)));
        long expired = TestIds.user();
        extend(expired, 6, now);
        setStatus(expired, "EXPIRED");
        long revoked = TestIds.user();
        extend(revoked, 7, now);
        setStatus(revoked, "REVOKED");

        List<SubscriberEntry> active = Await.result(subscriptions.active(now, 0, EVERYONE));

        assertThat(active).isSortedAccordingTo(BY_EXPIRY);
        assertThat(userIds(active))
                .containsSubsequence(soon, middle, late.id())
                .doesNotContain(activeButPast, endingNow, expired, revoked);
        assertThat(active)
                .filteredOn(entry -> entry.user().id() == late.id())
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.user()).isEqualTo(late);
                    assertThat(entry.subscription()).isEqualTo(lateSubscription);
                });
    }

    @Test
    void active_pagesThroughOneStableOrder_breakingExpiryTiesByUserId() {
        long first = TestIds.user();
        extend(first, 1, now);
        long twinA = TestIds.user();
        long twinB = TestIds.user();
        extend(twinA, 2, now);
        extend(twinB, 2, now);
        long last = TestIds.user();
        extend(last, 3, now);

        List<SubscriberEntry> all = Await.result(subscriptions.active(now, 0, EVERYONE));
        int start = userIds(all).indexOf(first);

        assertThat(userIds(all)).containsSubsequence(first, Math.min(twinA, twinB), Math.max(twinA, twinB), last);
        assertThat(start).isNotNegative();
        assertThat(Await.result(subscriptions.active(now, start, 2))).isEqualTo(all.subList(start, start + 2));
        assertThat(Await.result(subscriptions.active(now, start + 2, 2))).isEqualTo(all.subList(start + 2, start + 4));
        assertThat(Await.result(subscriptions.active(now, 0, 1))).isEqualTo(all.subList(0, 1));
        assertThat(Await.result(subscriptions.active(now, all.size(), 10))).isEmpty();
    }

    @Test
    void countActive_growsByTheRunningSubscriptionsOnly_andAgreesWithActive() {
        long before = Await.result(subscriptions.countActive(now));
        extend(TestIds.user(), 1, now);
        extend(TestIds.user(), 30, now);
        extend(TestIds.user(), 1, now.minus(Duration.ofDays(2)));
        long expired = TestIds.user();
        extend(expired, 4, now);
        setStatus(expired, "EXPIRED");
        long revoked = TestIds.user();
        extend(revoked, 4, now.minus(Duration.ofHours(1)));
        Await.result(ledger.revoke(revoked, 7L, now));

        long after = Await.result(subscriptions.countActive(now));

        assertThat(after - before).isEqualTo(2);
        assertThat(after)
                .isEqualTo(Await.result(subscriptions.active(now, 0, EVERYONE)).size());
    }

    @Test
    void history_isOldestFirst_withTheTokenPrefixOnRedemptionsAndNoneOnAdminExtensions() {
        long user = TestIds.user();
        Instant later = now.plus(Duration.ofDays(1));
        Subscription extended = extend(user, 3, later);
        MintedToken minted = Tokens.stored(tokens, VipDuration.ofDays(2), 1, now, Duration.ofDays(7));
        Await.result(ledger.redeem(minted.token().hash(), user, now, REMINDERS));

        List<SubscriptionChange> history = Await.result(subscriptions.history(user));

        assertThat(history)
                .extracting(SubscriptionChange::kind)
                .containsExactly(ChangeKind.REDEEMED, ChangeKind.EXTENDED);
        assertThat(history.get(0)).satisfies(line -> {
            assertThat(line.at()).isEqualTo(now);
            assertThat(line.tokenPrefix()).contains(minted.secret().prefix());
            assertThat(line.actorId()).isEmpty();
            assertThat(line.previousExpiry()).contains(extended.expiresAt());
            assertThat(line.newExpiry()).isEqualTo(extended.expiresAt().plus(Duration.ofDays(2)));
        });
        assertThat(history.get(1)).satisfies(line -> {
            assertThat(line.at()).isEqualTo(later);
            assertThat(line.tokenPrefix()).isEmpty();
            assertThat(line.actorId()).contains(7L);
            assertThat(line.previousExpiry()).isEmpty();
        });
        assertThat(Await.result(subscriptions.history(TestIds.user()))).isEmpty();
    }

    private Subscription extend(long user, int days, Instant at) {
        return Await.result(ledger.extend(user, VipDuration.ofDays(days), 7L, at, REMINDERS));
    }

    /** A state only the expiry job or an admin would set, written directly as they would leave it. */
    private void setStatus(long user, String status) {
        assertThat(Sql.update(database, "UPDATE subscription SET status = ? WHERE user_id = ?", status, user))
                .isOne();
    }

    private static List<Long> userIds(List<SubscriberEntry> entries) {
        return entries.stream().map(entry -> entry.user().id()).toList();
    }
}

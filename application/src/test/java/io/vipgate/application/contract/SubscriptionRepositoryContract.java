package io.vipgate.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.subscription.port.in.SubscriberEntry;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.user.BotUser;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SubscriptionRepository} reads, held against the in-memory fake and the PostgreSQL adapter alike.
 * Subscriptions are written through the {@link SubscriptionLedger} they share a store with. The listing tests live
 * in a random moment of the far future, where only their own subscribers are active.
 */
public abstract class SubscriptionRepositoryContract {

    private static final ReminderSchedule REMINDERS = ReminderSchedule.DEFAULT;
    private static final long ADMIN = 1L;
    private static final int ALL = 10_000;

    private final Instant t0 = FarTimes.contractFuture();

    protected abstract SubscriptionRepository subscriptions();

    protected abstract SubscriptionLedger ledger();

    protected abstract UserRepository users();

    private Subscription extended(long userId, VipDuration duration, Instant at) {
        return Await.result(ledger().extend(userId, duration, ADMIN, at, REMINDERS));
    }

    private long knownUser(String name) {
        long id = TestIds.user();
        Await.result(users().upsert(BotUser.seen(id, name, null, name.toLowerCase(), "en")));
        return id;
    }

    private List<SubscriberEntry> ours(Instant now, Set<Long> ids) {
        return Await.result(subscriptions().active(now, 0, ALL)).stream()
                .filter(entry -> ids.contains(entry.user().id()))
                .toList();
    }

    @Test
    void aUserNeverSubscribed_isNotFound_andHasNoHistory() {
        long id = TestIds.user();

        assertThat(Await.result(subscriptions().find(id))).isEmpty();
        assertThat(Await.result(subscriptions().history(id))).isEmpty();
    }

    @Test
    void find_returnsTheSubscriptionAsTheLedgerLastWroteIt() {
        long id = TestIds.user();
        Subscription written = extended(id, VipDuration.ofDays(30), t0);

        assertThat(Await.result(subscriptions().find(id))).contains(written);
    }

    @Test
    void active_listsTheActiveSubscribers_soonestExpiryFirst_withTheirUsers() {
        long longest = knownUser("Ana");
        long soonest = knownUser("Bo");
        long middle = knownUser("Cy");
        long revoked = knownUser("Di");
        Subscription first = extended(soonest, VipDuration.ofDays(5), t0);
        Subscription second = extended(middle, VipDuration.ofDays(10), t0);
        Subscription third = extended(longest, VipDuration.ofDays(20), t0);
        extended(revoked, VipDuration.ofDays(7), t0);
        Await.result(ledger().revoke(revoked, ADMIN, t0.plusSeconds(1)));
        Instant now = t0.plusSeconds(60);

        List<SubscriberEntry> listed = ours(now, Set.of(longest, soonest, middle, revoked));

        assertThat(listed).extracting(SubscriberEntry::subscription).containsExactly(first, second, third);
        assertThat(listed.getFirst().user()).isEqualTo(BotUser.seen(soonest, "Bo", null, "bo", "en"));
        assertThat(ours(t0.plus(Duration.ofDays(5)), Set.of(soonest, middle)))
                .as("a subscription is no longer active once its time is over, expired or not")
                .extracting(entry -> entry.user().id())
                .containsExactly(middle);
    }

    @Test
    void active_ofAUserTheBotNeverSaw_namesThemByIdAlone() {
        long stranger = TestIds.user();
        extended(stranger, VipDuration.ofDays(3), t0);

        assertThat(ours(t0.plusSeconds(1), Set.of(stranger)))
                .singleElement()
                .satisfies(entry -> assertThat(entry.user()).isEqualTo(BotUser.seen(stranger, "", null, null, null)));
    }

    @Test
    void active_pagesByOffsetAndLimit_andCountActiveCountsTheSameRows() {
        for (int i = 1; i <= 3; i++) {
            extended(TestIds.user(), VipDuration.ofDays(i), t0);
        }
        Instant now = t0.plusSeconds(1);

        List<SubscriberEntry> all = Await.result(subscriptions().active(now, 0, ALL));
        List<SubscriberEntry> paged =
                new ArrayList<>(Await.result(subscriptions().active(now, 0, 2)));
        paged.addAll(Await.result(subscriptions().active(now, 2, ALL)));

        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        assertThat(paged).isEqualTo(all);
        assertThat(Await.result(subscriptions().countActive(now))).isEqualTo(all.size());
    }

    @Test
    void countActive_countsAGrant_untilItsTimeIsOver() {
        Instant now = t0.plusSeconds(1);
        long before = Await.result(subscriptions().countActive(now));
        long id = TestIds.user();
        extended(id, VipDuration.ofDays(1), t0);

        assertThat(Await.result(subscriptions().countActive(now))).isEqualTo(before + 1);
        assertThat(Await.result(subscriptions().countActive(t0.plus(Duration.ofDays(1)))))
                .isEqualTo(Await.result(subscriptions().active(t0.plus(Duration.ofDays(1)), 0, ALL))
                        .size());
    }

    @Test
    void history_isOldestFirst_withWhoDidItAndTheExpiryBeforeAndAfter() {
        long id = TestIds.user();
        Instant later = t0.plus(Duration.ofDays(1));
        Instant revokedAt = t0.plus(Duration.ofDays(2));
        extended(id, VipDuration.ofDays(10), t0);
        extended(id, VipDuration.ofDays(5), later);
        Subscription revoked =
                Await.result(ledger().revoke(id, ADMIN, revokedAt)).orElseThrow();

        assertThat(revoked.status()).isEqualTo(SubscriptionStatus.REVOKED);
        assertThat(Await.result(subscriptions().history(id)))
                .containsExactly(
                        new SubscriptionChange(
                                id,
                                ChangeKind.EXTENDED,
                                t0,
                                Optional.of(ADMIN),
                                Optional.empty(),
                                t0.plus(Duration.ofDays(10)),
                                Optional.empty()),
                        new SubscriptionChange(
                                id,
                                ChangeKind.EXTENDED,
                                later,
                                Optional.of(ADMIN),
                                Optional.of(t0.plus(Duration.ofDays(10))),
                                t0.plus(Duration.ofDays(15)),
                                Optional.empty()),
                        new SubscriptionChange(
                                id,
                                ChangeKind.REVOKED,
                                revokedAt,
                                Optional.of(ADMIN),
                                Optional.of(t0.plus(Duration.ofDays(15))),
                                revokedAt,
                                Optional.empty()));
    }
}

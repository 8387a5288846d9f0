package io.vipgate.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.jobs.port.out.DueSubscription;
import io.vipgate.application.jobs.port.out.DueSubscriptions;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.user.BotUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DueSubscriptions} claims, held against the in-memory fake and the PostgreSQL adapter alike. Due
 * work is looked for up to "now", so the tests live in a random moment of the far past, where only earlier job tests'
 * rows are due; they look for their own rows among what is claimed.
 */
public abstract class DueSubscriptionsContract {

    private static final ReminderSchedule REMINDERS = ReminderSchedule.DEFAULT;
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final long ADMIN = 1L;
    private static final int ALL = 10_000;

    private final Instant t0 = FarTimes.past();

    protected abstract DueSubscriptions due();

    protected abstract SubscriptionLedger ledger();

    protected abstract UserRepository users();

    private BotUser user() {
        BotUser user = BotUser.seen(TestIds.user(), "Ana", null, "ana", "es");
        Await.result(users().upsert(user));
        return user;
    }

    private Subscription subscriber(BotUser user, VipDuration duration) {
        return Await.result(ledger().extend(user.id(), duration, ADMIN, t0, REMINDERS));
    }

    private List<Long> expiries(Instant now, Lease lease) {
        return Await.result(due().claimExpiries(now, ALL, lease)).stream()
                .map(DueSubscription::userId)
                .toList();
    }

    private List<Long> reminders(Instant now, Lease lease) {
        return Await.result(due().claimReminders(now, ALL, lease)).stream()
                .map(DueSubscription::userId)
                .toList();
    }

    @Test
    void dueExpiries_areClaimedWithTheirUsers_soonestFirst_andNotTheOnesStillRunning() {
        BotUser ana = user();
        BotUser bo = user();
        BotUser later = user();
        Subscription first = subscriber(ana, VipDuration.ofDays(1));
        Subscription second = subscriber(bo, VipDuration.ofDays(2));
        subscriber(later, VipDuration.ofDays(3));
        Instant now = t0.plus(Duration.ofDays(2));

        List<DueSubscription> claimed = Await.result(due().claimExpiries(now, ALL, Lease.fresh(now, LEASE)));

        assertThat(claimed)
                .filteredOn(row -> row.userId() == ana.id() || row.userId() == bo.id())
                .containsExactly(new DueSubscription(first, ana), new DueSubscription(second, bo));
        assertThat(claimed).extracting(DueSubscription::userId).doesNotContain(later.id());
    }

    @Test
    void aClaim_takesNoMoreThanItsLimit() {
        BotUser ana = user();
        BotUser bo = user();
        subscriber(ana, VipDuration.ofDays(1));
        subscriber(bo, VipDuration.ofDays(1));
        Instant now = t0.plus(Duration.ofDays(1));

        assertThat(Await.result(due().claimExpiries(now, 1, Lease.fresh(now, LEASE))))
                .hasSize(1);
    }

    @Test
    void aClaimedRow_isHeldUntilTheLeaseRunsOut() {
        BotUser ana = user();
        subscriber(ana, VipDuration.ofDays(1));
        Instant now = t0.plus(Duration.ofDays(1));
        Lease first = Lease.fresh(now, LEASE);

        assertThat(expiries(now, first)).contains(ana.id());
        assertThat(expiries(first.until().minusSeconds(1), Lease.fresh(now, LEASE)))
                .doesNotContain(ana.id());
        assertThat(reminders(first.until().minusSeconds(1), Lease.fresh(now, LEASE)))
                .doesNotContain(ana.id());
        assertThat(expiries(first.until(), Lease.fresh(first.until(), LEASE))).contains(ana.id());
    }

    @Test
    void endedSubscriptions_areNeverDue() {
        BotUser revoked = user();
        BotUser expired = user();
        subscriber(revoked, VipDuration.ofDays(1));
        Subscription toExpire = subscriber(expired, VipDuration.ofDays(1));
        Await.result(ledger().revoke(revoked.id(), ADMIN, t0.plusSeconds(1)));
        Instant now = t0.plus(Duration.ofDays(1));
        Lease lease = Lease.fresh(now, LEASE);
        assertThat(expiries(now, lease)).contains(expired.id());
        Await.result(ledger().expire(expired.id(), lease, toExpire.expiresAt()));
        Instant later = now.plus(LEASE);

        assertThat(expiries(later, Lease.fresh(later, LEASE))).doesNotContain(revoked.id(), expired.id());
        assertThat(reminders(later, Lease.fresh(later, LEASE))).doesNotContain(revoked.id(), expired.id());
    }

    @Test
    void dueReminders_areClaimedAtTheirMoment_andNeverOnceExpired() {
        BotUser ana = user();
        Subscription subscription = subscriber(ana, VipDuration.ofDays(30));
        Instant threeDaysBefore = subscription.nextReminderAt().orElseThrow();

        assertThat(threeDaysBefore).isEqualTo(t0.plus(Duration.ofDays(27)));
        assertThat(reminders(threeDaysBefore.minusSeconds(1), Lease.fresh(t0, LEASE)))
                .doesNotContain(ana.id());
        assertThat(Await.result(due().claimReminders(threeDaysBefore, ALL, Lease.fresh(threeDaysBefore, LEASE))))
                .contains(new DueSubscription(subscription, ana));
        Instant expired = t0.plus(Duration.ofDays(31));
        assertThat(reminders(expired, Lease.fresh(expired, LEASE))).doesNotContain(ana.id());
    }

    @Test
    void aReleasedRow_isClaimableFromItsRetryTime_andOnlyItsHolderMayReleaseIt() {
        BotUser ana = user();
        subscriber(ana, VipDuration.ofDays(1));
        Instant now = t0.plus(Duration.ofDays(1));
        Lease lease = Lease.fresh(now, LEASE);
        expiries(now, lease);

        Await.result(due().release(ana.id(), Lease.fresh(now, LEASE), now));
        assertThat(expiries(now, Lease.fresh(now, LEASE)))
                .as("a stranger's release")
                .doesNotContain(ana.id());

        Await.result(due().release(ana.id(), lease, now.plusSeconds(60)));
        assertThat(expiries(now.plusSeconds(59), Lease.fresh(now, LEASE))).doesNotContain(ana.id());
        assertThat(expiries(now.plusSeconds(60), Lease.fresh(now, LEASE))).contains(ana.id());
    }
}

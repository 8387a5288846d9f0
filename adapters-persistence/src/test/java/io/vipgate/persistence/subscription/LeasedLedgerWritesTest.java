package io.vipgate.persistence.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.jobs.port.out.DueSubscription;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.user.BotUser;
import io.vipgate.persistence.Sql;
import io.vipgate.persistence.jobs.PostgresDueSubscriptionsAdapter;
import io.vipgate.persistence.user.PostgresUserRepositoryAdapter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The ledger writes that complete a job's claim: only for the lease holder, never over a renewal; real PostgreSQL. */
@QuarkusTest
class LeasedLedgerWritesTest {

    private static final ReminderSchedule REMINDERS = ReminderSchedule.DEFAULT;
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final int ALL = 10_000;

    private final Instant t0 = FarTimes.past();

    @Inject
    PostgresDueSubscriptionsAdapter due;

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    PostgresSubscriptionRepositoryAdapter subscriptions;

    @Inject
    PostgresUserRepositoryAdapter users;

    @Inject
    DataSource database;

    private long subscriber(VipDuration duration) {
        long user = TestIds.user();
        Await.result(users.upsert(BotUser.seen(user, "Ana", null, "ana", "es")));
        Await.result(ledger.extend(user, duration, 1L, t0, REMINDERS));
        return user;
    }

    private List<Long> expiries(Instant now, Lease lease) {
        return Await.result(due.claimExpiries(now, ALL, lease)).stream()
                .map(DueSubscription::userId)
                .toList();
    }

    private Subscription stored(long user) {
        return Await.result(subscriptions.find(user)).orElseThrow();
    }

    @Test
    void expiringUnderTheLease_marksExpiredWithHistory_andEndsTheLease() {
        long user = subscriber(VipDuration.ofDays(1));
        Instant now = t0.plus(Duration.ofDays(1));
        Lease lease = Lease.fresh(now, LEASE);
        expiries(now, lease);

        assertThat(Await.result(ledger.expire(user, Lease.fresh(now, LEASE), now)))
                .as("not the holder")
                .isEmpty();
        assertThat(stored(user).status()).isEqualTo(SubscriptionStatus.ACTIVE);

        assertThat(Await.result(ledger.expire(user, lease, now))).isPresent();
        assertThat(stored(user).status()).isEqualTo(SubscriptionStatus.EXPIRED);
        assertThat(stored(user).nextReminderAt()).isEmpty();
        assertThat(Await.result(subscriptions.history(user)))
                .extracting(change -> change.kind())
                .containsExactly(ChangeKind.EXTENDED, ChangeKind.EXPIRED);
        assertThat(Sql.one(database, String.class, "SELECT claimed_by FROM subscription WHERE user_id = ?", user))
                .isNull();
        assertThat(Await.result(ledger.expire(user, lease, now)))
                .as("completing twice")
                .isEmpty();
        assertThat(Await.result(subscriptions.history(user))).hasSize(2);
    }

    @Test
    void aRenewalBetweenClaimAndCommit_isKept() {
        long user = subscriber(VipDuration.ofDays(1));
        Instant now = t0.plus(Duration.ofDays(1));
        Lease lease = Lease.fresh(now, LEASE);
        expiries(now, lease);
        Subscription renewed = Await.result(ledger.extend(user, VipDuration.ofDays(30), 1L, now, REMINDERS));

        assertThat(Await.result(ledger.expire(user, lease, now))).isEmpty();

        assertThat(stored(user)).isEqualTo(renewed);
        assertThat(Sql.one(database, String.class, "SELECT claimed_by FROM subscription WHERE user_id = ?", user))
                .as("the lease ended all the same")
                .isNull();
    }

    @Test
    void advancingReminders_storesTheNewState_onlyForTheHolder_andOnlyInTheSamePeriod() {
        long user = subscriber(VipDuration.ofDays(30));
        Instant now = t0.plus(Duration.ofDays(27));
        Lease lease = Lease.fresh(now, LEASE);
        Subscription claimed = Await.result(due.claimReminders(now, ALL, lease)).stream()
                .filter(row -> row.userId() == user)
                .findFirst()
                .orElseThrow()
                .subscription();
        Subscription reminded = claimed.remindedAt(Duration.ofDays(3), REMINDERS);

        assertThat(Await.result(ledger.advanceReminders(reminded, Lease.fresh(now, LEASE))))
                .isFalse();
        assertThat(Await.result(ledger.advanceReminders(reminded, lease))).isTrue();

        assertThat(stored(user)).isEqualTo(reminded);
        assertThat(stored(user).nextReminderAt()).contains(claimed.expiresAt().minus(Duration.ofDays(1)));

        Lease again = Lease.fresh(now, LEASE);
        Sql.update(
                database,
                "UPDATE subscription SET claimed_by = ?, claimed_until = ? WHERE user_id = ?",
                again.owner(),
                again.until(),
                user);
        Await.result(ledger.extend(user, VipDuration.ofDays(7), 1L, now, REMINDERS));
        assertThat(Await.result(ledger.advanceReminders(reminded.remindedAt(Duration.ofDays(1), REMINDERS), again)))
                .as("renewed since the claim")
                .isFalse();
        assertThat(stored(user).lastReminder()).isEmpty();
    }
}

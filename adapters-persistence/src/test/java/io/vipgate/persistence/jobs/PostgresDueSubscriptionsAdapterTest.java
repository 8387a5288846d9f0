package io.vipgate.persistence.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.jobs.port.out.DueSubscription;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.user.BotUser;
import io.vipgate.persistence.Sql;
import io.vipgate.persistence.subscription.PostgresSubscriptionLedgerAdapter;
import io.vipgate.persistence.user.PostgresUserRepositoryAdapter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Claims of due expiries and reminders for the jobs, against a real PostgreSQL. */
@QuarkusTest
class PostgresDueSubscriptionsAdapterTest {

    private static final ReminderSchedule REMINDERS = ReminderSchedule.DEFAULT;
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final int ALL = 10_000;

    private final Instant t0 = FarTimes.past();

    @Inject
    PostgresDueSubscriptionsAdapter due;

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

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

    @Test
    void dueExpiries_areClaimedWithTheirUsers_andHeldUntilTheLeaseRunsOut() {
        long due1 = subscriber(VipDuration.ofDays(1));
        long later = subscriber(VipDuration.ofDays(2));
        Instant now = t0.plus(Duration.ofDays(1));
        Lease first = Lease.fresh(now, LEASE);

        List<DueSubscription> claimed = Await.result(due.claimExpiries(now, ALL, first));

        assertThat(claimed)
                .filteredOn(row -> row.userId() == due1)
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.user().username()).contains("ana");
                    assertThat(row.subscription().expiresAt()).isEqualTo(now);
                });
        assertThat(claimed).extracting(DueSubscription::userId).doesNotContain(later);
        assertThat(Sql.one(database, String.class, "SELECT claimed_by FROM subscription WHERE user_id = ?", due1))
                .isEqualTo(first.owner());
        assertThat(expiries(now.plus(LEASE).minusSeconds(1), Lease.fresh(now, LEASE)))
                .doesNotContain(due1);
        assertThat(expiries(now.plus(LEASE), Lease.fresh(now, LEASE))).contains(due1);
    }

    @Test
    void dueReminders_areClaimedAtTheirMoment_andNeverOnceExpired() {
        long user = subscriber(VipDuration.ofDays(30));
        Instant threeDaysBefore = t0.plus(Duration.ofDays(27));

        assertThat(Await.result(due.claimReminders(threeDaysBefore.minusSeconds(1), ALL, Lease.fresh(t0, LEASE))))
                .extracting(DueSubscription::userId)
                .doesNotContain(user);
        assertThat(Await.result(due.claimReminders(threeDaysBefore, ALL, Lease.fresh(threeDaysBefore, LEASE))))
                .extracting(DueSubscription::userId)
                .contains(user);
        Instant expired = t0.plus(Duration.ofDays(31));
        assertThat(Await.result(due.claimReminders(expired, ALL, Lease.fresh(expired, LEASE))))
                .extracting(DueSubscription::userId)
                .doesNotContain(user);
    }

    @Test
    void aReleasedRow_isClaimableFromItsRetryTime_andOnlyItsHolderMayReleaseIt() {
        long user = subscriber(VipDuration.ofDays(1));
        Instant now = t0.plus(Duration.ofDays(1));
        Lease lease = Lease.fresh(now, LEASE);
        expiries(now, lease);

        Await.result(due.release(user, Lease.fresh(now, LEASE), now));
        assertThat(expiries(now, Lease.fresh(now, LEASE)))
                .as("a stranger's release")
                .doesNotContain(user);

        Await.result(due.release(user, lease, now.plusSeconds(60)));
        assertThat(expiries(now.plusSeconds(59), Lease.fresh(now, LEASE))).doesNotContain(user);
        assertThat(expiries(now.plusSeconds(60), Lease.fresh(now, LEASE))).contains(user);
    }
}

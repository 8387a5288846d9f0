package io.vipgate.persistence.jobs;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vipgate.application.jobs.port.out.DueSubscription;
import io.vipgate.application.jobs.port.out.DueSubscriptions;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.persistence.subscription.SubscriptionEntity;
import io.vipgate.persistence.subscription.SubscriptionMappers;
import io.vipgate.persistence.support.NativeSql;
import io.vipgate.persistence.support.ReactiveWork;
import io.vipgate.persistence.user.UserEntity;
import io.vipgate.persistence.user.UserMappers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Claims due subscriptions for the jobs. One statement picks the rows with {@code FOR UPDATE SKIP LOCKED} and stamps
 * the lease on them: a concurrent claimer skips rows being claimed, and one that reaches a row after the claim has
 * committed re-checks the condition on the new row version (PostgreSQL does so under READ COMMITTED), sees the live
 * lease and leaves it. The transaction ends there: the Telegram calls run with no row locked.
 */
@ApplicationScoped
@Typed(PostgresDueSubscriptionsAdapter.class)
public class PostgresDueSubscriptionsAdapter implements DueSubscriptions {

    private static final String CLAIM = """
            WITH due AS (
                SELECT user_id FROM subscription
                WHERE %s AND (claimed_until IS NULL OR claimed_until <= ?1)
                ORDER BY %s, user_id
                LIMIT ?2
                FOR UPDATE SKIP LOCKED)
            UPDATE subscription s SET claimed_until = ?3, claimed_by = ?4
            FROM due WHERE s.user_id = due.user_id
            RETURNING s.user_id
            """;

    /** Served by the (status, expires_at) index. */
    private static final String EXPIRIES = CLAIM.formatted("status = 'ACTIVE' AND expires_at <= ?1", "expires_at");

    /** Served by the partial index on next_reminder_at WHERE status = 'ACTIVE'. */
    private static final String REMINDERS =
            CLAIM.formatted("status = 'ACTIVE' AND next_reminder_at <= ?1 AND expires_at > ?1", "next_reminder_at");

    private static final String RELEASE =
            "UPDATE subscription SET claimed_until = ?3 WHERE user_id = ?1 AND claimed_by = ?2";

    private final ReactiveWork work;

    PostgresDueSubscriptionsAdapter(ReactiveWork work) {
        this.work = work;
    }

    @Override
    public CompletionStage<List<DueSubscription>> claimExpiries(Instant now, int limit, Lease lease) {
        return claim(
                EXPIRIES,
                now,
                limit,
                lease,
                Comparator.comparing(row -> row.subscription().expiresAt()));
    }

    @Override
    public CompletionStage<List<DueSubscription>> claimReminders(Instant now, int limit, Lease lease) {
        return claim(
                REMINDERS,
                now,
                limit,
                lease,
                Comparator.comparing(row -> row.subscription().nextReminderAt().orElse(Instant.MIN)));
    }

    @Override
    public CompletionStage<Void> release(long userId, Lease lease, Instant retryAt) {
        return work.run(() -> Panache.withTransaction(() -> NativeSql.update(RELEASE, userId, lease.owner(), retryAt))
                .replaceWithVoid());
    }

    private CompletionStage<List<DueSubscription>> claim(
            String sql, Instant now, int limit, Lease lease, Comparator<DueSubscription> order) {
        return work.run(() ->
                Panache.withTransaction(() -> NativeSql.list(Long.class, sql, now, limit, lease.until(), lease.owner())
                        .chain(PostgresDueSubscriptionsAdapter::load)
                        .map(rows -> rows.stream()
                                .sorted(order.thenComparing(DueSubscription::userId))
                                .toList())));
    }

    private static Uni<List<DueSubscription>> load(List<Long> userIds) {
        if (userIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select s, u from SubscriptionEntity s join UserEntity u on u.id = s.userId"
                                        + " where s.userId in (:ids)",
                                Object[].class)
                        .setParameter("ids", userIds)
                        .getResultList()
                        .map(rows -> rows.stream()
                                .map(row -> new DueSubscription(
                                        SubscriptionMappers.subscription((SubscriptionEntity) row[0]),
                                        UserMappers.user((UserEntity) row[1])))
                                .toList()));
    }
}

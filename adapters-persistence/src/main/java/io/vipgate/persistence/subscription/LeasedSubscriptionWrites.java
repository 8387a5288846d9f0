package io.vipgate.persistence.subscription;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.subscription.port.out.Ending;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.persistence.support.NativeSql;
import io.vipgate.persistence.user.UserRows;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * The ledger's writes that complete a job's claim, inside the ledger's transaction. The lease is ended first by an
 * UPDATE conditional on {@code claimed_by}: it takes the row lock, so a runner whose lease ran out and was claimed
 * by another replica finds zero rows and writes nothing. The user's row lock, taken before, queues the write behind
 * any redemption or extension, exactly as the ledger's other writes queue.
 */
@ApplicationScoped
class LeasedSubscriptionWrites {

    private static final String END_LEASE = """
            UPDATE subscription SET claimed_until = NULL, claimed_by = NULL WHERE user_id = ?1 AND claimed_by = ?2
            """;

    private final SubscriptionPanacheRepository subscriptions;
    private final HistoryPanacheRepository history;

    LeasedSubscriptionWrites(SubscriptionPanacheRepository subscriptions, HistoryPanacheRepository history) {
        this.subscriptions = subscriptions;
        this.history = history;
    }

    Uni<Optional<Subscription>> expire(long userId, Lease lease, Instant now) {
        return held(userId, lease).chain(row -> {
            if (row == null || !SubscriptionMappers.subscription(row).isExpiryDue(now)) {
                return Uni.createFrom().item(Optional.<Subscription>empty());
            }
            Subscription before = SubscriptionMappers.subscription(row);
            Subscription after = before.expire();
            SubscriptionMappers.copy(after, row);
            row.updatedAt = now;
            SubscriptionChange line = SubscriptionChange.between(
                    Optional.of(before), after, ChangeKind.EXPIRED, now, Optional.empty(), Optional.empty());
            return history.persist(SubscriptionMappers.historyRow(line, null)).replaceWith(Optional.of(after));
        });
    }

    /** See {@code SubscriptionLedger.end}: only the subscription the caller saw, still active, is ended. */
    Uni<Optional<Subscription>> end(Ending ending) {
        long userId = ending.userId();
        Uni<SubscriptionEntity> found = ending.lease().isPresent()
                ? held(userId, ending.lease().get())
                : UserRows.lock(userId).chain(ignored -> subscriptions.findById(userId));
        return found.chain(row -> {
            if (row == null) {
                return Uni.createFrom().item(Optional.<Subscription>empty());
            }
            Subscription before = SubscriptionMappers.subscription(row);
            if (before.status() != SubscriptionStatus.ACTIVE
                    || !before.expiresAt().equals(ending.seenExpiresAt())) {
                return Uni.createFrom().item(Optional.<Subscription>empty());
            }
            Subscription after = before.isExpiryDue(ending.now()) ? before.expire() : before.revoke(ending.now());
            SubscriptionMappers.copy(after, row);
            row.updatedAt = ending.now();
            SubscriptionChange line = SubscriptionChange.between(
                    Optional.of(before), after, ending.kind(), ending.now(), ending.actorId(), Optional.empty());
            HistoryEntity historyRow = SubscriptionMappers.historyRow(line, null);
            historyRow.detail = ending.detail().orElse(null);
            return history.persist(historyRow).replaceWith(Optional.of(after));
        });
    }

    Uni<Boolean> advanceReminders(Subscription reminded, Lease lease) {
        return held(reminded.userId(), lease).map(row -> {
            if (row == null || !samePeriod(SubscriptionMappers.subscription(row), reminded)) {
                return false;
            }
            SubscriptionMappers.copy(reminded, row);
            return true;
        });
    }

    /** Whether the stored subscription is still in the period the claim saw: a renewal is never overwritten. */
    private static boolean samePeriod(Subscription stored, Subscription claimed) {
        return stored.status() == claimed.status() && stored.expiresAt().equals(claimed.expiresAt());
    }

    /** The subscription row if {@code lease} held it (the lease now ended), otherwise null. */
    private Uni<SubscriptionEntity> held(long userId, Lease lease) {
        return UserRows.lock(userId)
                .chain(ignored -> NativeSql.update(END_LEASE, userId, lease.owner()))
                .chain(ended -> ended == 1
                        ? subscriptions.findById(userId)
                        : Uni.createFrom().nullItem());
    }
}

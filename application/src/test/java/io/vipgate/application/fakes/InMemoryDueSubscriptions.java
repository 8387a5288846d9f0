package io.vipgate.application.fakes;

import io.vipgate.application.jobs.port.out.DueSubscription;
import io.vipgate.application.jobs.port.out.DueSubscriptions;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.user.BotUser;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Predicate;

/** Claims over the in-memory subscriptions, as the SQL does: due, unheld, soonest first, marked with the lease. */
public final class InMemoryDueSubscriptions implements DueSubscriptions {

    private final InMemorySubscriptionRepository subscriptions;
    private final InMemoryUserRepository users;
    private int claims;

    public InMemoryDueSubscriptions(InMemorySubscriptionRepository subscriptions, InMemoryUserRepository users) {
        this.subscriptions = subscriptions;
        this.users = users;
    }

    @Override
    public synchronized CompletionStage<List<DueSubscription>> claimExpiries(Instant now, int limit, Lease lease) {
        return claim(now, limit, lease, s -> s.isExpiryDue(now), Subscription::expiresAt);
    }

    @Override
    public synchronized CompletionStage<List<DueSubscription>> claimReminders(Instant now, int limit, Lease lease) {
        return claim(
                now,
                limit,
                lease,
                s -> s.status() == SubscriptionStatus.ACTIVE
                        && s.expiresAt().isAfter(now)
                        && s.nextReminderAt().filter(at -> !at.isAfter(now)).isPresent(),
                s -> s.nextReminderAt().orElseThrow());
    }

    @Override
    public synchronized CompletionStage<Void> release(long userId, Lease lease, Instant retryAt) {
        subscriptions
                .lease(userId)
                .filter(held -> held.owner().equals(lease.owner()))
                .ifPresent(held -> subscriptions.hold(userId, new Lease(held.owner(), retryAt)));
        return CompletableFuture.completedFuture(null);
    }

    /** How many claims were made, empty ones included. */
    public synchronized int claims() {
        return claims;
    }

    private CompletionStage<List<DueSubscription>> claim(
            Instant now, int limit, Lease lease, Predicate<Subscription> due, Function<Subscription, Instant> order) {
        claims++;
        List<DueSubscription> claimed = subscriptions.all().stream()
                .filter(due)
                .filter(s -> subscriptions.unheld(s.userId(), now))
                .sorted(Comparator.comparing(order).thenComparing(Subscription::userId))
                .limit(limit)
                .map(s -> new DueSubscription(
                        s, users.get(s.userId()).orElseGet(() -> BotUser.seen(s.userId(), "", null, null, null))))
                .toList();
        claimed.forEach(row -> subscriptions.hold(row.userId(), lease));
        return CompletableFuture.completedFuture(claimed);
    }
}

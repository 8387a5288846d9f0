package io.vipgate.application.fakes;

import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.subscription.port.in.SubscriberEntry;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.user.BotUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Subscriptions and their history in memory; {@link InMemorySubscriptionLedger} writes here. */
public final class InMemorySubscriptionRepository implements SubscriptionRepository {

    private final Map<Long, Subscription> byUser = new HashMap<>();
    private final Map<Long, Lease> leases = new HashMap<>();
    private final List<SubscriptionChange> changes = new ArrayList<>();
    private final InMemoryUserRepository users;
    private int finds;

    public InMemorySubscriptionRepository(InMemoryUserRepository users) {
        this.users = users;
    }

    @Override
    public CompletionStage<Optional<Subscription>> find(long userId) {
        finds++;
        return CompletableFuture.completedFuture(get(userId));
    }

    @Override
    public CompletionStage<List<SubscriberEntry>> active(Instant now, int offset, int limit) {
        return CompletableFuture.completedFuture(byUser.values().stream()
                .filter(s -> s.isActiveAt(now))
                .sorted(Comparator.comparing(Subscription::expiresAt).thenComparing(Subscription::userId))
                .skip(offset)
                .limit(limit)
                .map(s -> new SubscriberEntry(
                        users.get(s.userId()).orElseGet(() -> BotUser.seen(s.userId(), "", null, null, null)), s))
                .toList());
    }

    @Override
    public CompletionStage<Long> countActive(Instant now) {
        return CompletableFuture.completedFuture(
                byUser.values().stream().filter(s -> s.isActiveAt(now)).count());
    }

    @Override
    public CompletionStage<List<SubscriptionChange>> history(long userId) {
        return CompletableFuture.completedFuture(
                changes.stream().filter(c -> c.userId() == userId).toList());
    }

    public Optional<Subscription> get(long userId) {
        return Optional.ofNullable(byUser.get(userId));
    }

    public void put(Subscription subscription) {
        byUser.put(subscription.userId(), subscription);
    }

    public void append(SubscriptionChange change) {
        changes.add(change);
    }

    /** The job lease on the user's row, as the {@code claimed_until}/{@code claimed_by} columns would hold it. */
    public Optional<Lease> lease(long userId) {
        return Optional.ofNullable(leases.get(userId));
    }

    public void hold(long userId, Lease lease) {
        leases.put(userId, lease);
    }

    public void clearLease(long userId) {
        leases.remove(userId);
    }

    /** Whether no lease holds the row at {@code now}: none, or one that has run out. */
    public boolean unheld(long userId, Instant now) {
        return lease(userId).map(lease -> !lease.until().isAfter(now)).orElse(true);
    }

    /** Every subscription, for the fakes that scan them as a query would. */
    public List<Subscription> all() {
        return List.copyOf(byUser.values());
    }

    /** How often {@link #find} was called. */
    public int finds() {
        return finds;
    }

    public List<SubscriptionChange> history() {
        return List.copyOf(changes);
    }
}

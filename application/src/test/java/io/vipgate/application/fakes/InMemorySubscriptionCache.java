package io.vipgate.application.fakes;

import io.vipgate.application.subscription.port.out.SubscriptionCache;
import io.vipgate.domain.subscription.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/** Snapshots in a map, kept for min(5 minutes, time left); can be told to fail like Redis going down. */
public final class InMemorySubscriptionCache implements SubscriptionCache {

    private record Entry(Optional<Subscription> snapshot, Instant until) {}

    private final Map<Long, Entry> entries = new HashMap<>();
    private final List<Instant> askedAt = new ArrayList<>();
    private final List<Long> evictions = new ArrayList<>();
    private boolean failEvictions;
    private LongConsumer onEvict = userId -> {};

    @Override
    public CompletionStage<Optional<Subscription>> get(
            long userId, Instant now, Supplier<CompletionStage<Optional<Subscription>>> loader) {
        askedAt.add(now);
        Entry entry = entries.get(userId);
        if (entry != null && now.isBefore(entry.until())) {
            return CompletableFuture.completedFuture(entry.snapshot());
        }
        return loader.get().thenApply(snapshot -> {
            Instant until = now.plus(Duration.ofMinutes(5));
            if (snapshot.isPresent() && snapshot.get().expiresAt().isBefore(until)) {
                until = snapshot.get().expiresAt();
            }
            entries.put(userId, new Entry(snapshot, until));
            return snapshot;
        });
    }

    @Override
    public CompletionStage<Void> evict(long userId) {
        onEvict.accept(userId);
        evictions.add(userId);
        if (failEvictions) {
            return CompletableFuture.failedFuture(new IllegalStateException("redis: connection refused"));
        }
        entries.remove(userId);
        return CompletableFuture.completedFuture(null);
    }

    public void failEvictions() {
        failEvictions = true;
    }

    /** Runs {@code action} at the moment a user's entry is evicted, to look at the world as it was then. */
    public void onEvict(LongConsumer action) {
        onEvict = action;
    }

    public boolean holds(long userId) {
        return entries.containsKey(userId);
    }

    public List<Instant> askedAt() {
        return List.copyOf(askedAt);
    }

    public List<Long> evictions() {
        return List.copyOf(evictions);
    }
}

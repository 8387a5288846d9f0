package io.vipgate.application.subscription.port.out;

import io.vipgate.domain.subscription.Subscription;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Snapshots of subscriptions (including "none"), so that {@code /status} need not ask the database each time.
 * No entry may outlive the access it describes, and a cache that fails must behave as a miss, never as an error.
 */
public interface SubscriptionCache {

    /**
     * The cached snapshot for {@code userId}, or the one {@code loader} reads, cached for at most
     * min(5 minutes, time left until it expires). Concurrent misses on one key run one loader.
     */
    CompletionStage<Optional<Subscription>> get(
            long userId, Instant now, Supplier<CompletionStage<Optional<Subscription>>> loader);

    /** Forgets the snapshot; called after every committed write to the user's subscription. */
    CompletionStage<Void> evict(long userId);
}

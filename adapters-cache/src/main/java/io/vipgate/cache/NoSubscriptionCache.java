package io.vipgate.cache;

import io.vipgate.application.subscription.port.out.SubscriptionCache;
import io.vipgate.domain.subscription.Subscription;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** The cache when no Redis is configured: every read goes to the loader, so nothing can be stale. */
public final class NoSubscriptionCache implements SubscriptionCache {

    @Override
    public CompletionStage<Optional<Subscription>> get(
            long userId, Instant now, Supplier<CompletionStage<Optional<Subscription>>> loader) {
        return loader.get();
    }

    @Override
    public CompletionStage<Void> evict(long userId) {
        return CompletableFuture.completedFuture(null);
    }
}

package io.vipgate.application.subscription;

import io.vipgate.application.subscription.port.in.SubscriberEntry;
import io.vipgate.application.subscription.port.out.SubscriptionCache;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Reads single subscriptions through the cache; lists and counts always come from the repository. */
public final class CachingSubscriptionRepository implements SubscriptionRepository {

    private final SubscriptionRepository repository;
    private final SubscriptionCache cache;
    private final Clock clock;

    public CachingSubscriptionRepository(SubscriptionRepository repository, SubscriptionCache cache, Clock clock) {
        this.repository = repository;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public CompletionStage<Optional<Subscription>> find(long userId) {
        return cache.get(userId, clock.instant(), () -> repository.find(userId));
    }

    @Override
    public CompletionStage<List<SubscriberEntry>> active(Instant now, int offset, int limit) {
        return repository.active(now, offset, limit);
    }

    @Override
    public CompletionStage<Long> countActive(Instant now) {
        return repository.countActive(now);
    }

    @Override
    public CompletionStage<List<SubscriptionChange>> history(long userId) {
        return repository.history(userId);
    }
}

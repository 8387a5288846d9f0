package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.application.subscription.port.out.SubscriptionCache;
import io.vipgate.domain.subscription.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** What every {@link SubscriptionCache} promises, whatever stores the snapshots. */
abstract class SubscriptionCacheContract {

    protected abstract SubscriptionCache cache();

    protected Optional<Subscription> get(long userId, Instant now, CountingLoader loader) {
        return cache().get(userId, now, loader).toCompletableFuture().join();
    }

    @Test
    void miss_answersWithTheLoadersSnapshot() {
        long user = Subscriptions.randomUserId();
        Subscription active = Subscriptions.active(user, Subscriptions.now(), Duration.ofDays(2));

        assertThat(get(user, Subscriptions.now(), CountingLoader.of(active))).contains(active);
    }

    @Test
    void afterEvict_theNextGetLoadsFresh() {
        long user = Subscriptions.randomUserId();
        Instant now = Subscriptions.now();
        Subscription before = Subscriptions.active(user, now, Duration.ofDays(1));
        Subscription after = Subscriptions.active(user, now, Duration.ofDays(31));
        get(user, now, CountingLoader.of(before));

        cache().evict(user).toCompletableFuture().join();
        CountingLoader fresh = CountingLoader.of(after);

        assertThat(get(user, now, fresh)).contains(after);
        assertThat(fresh.calls()).isEqualTo(1);
    }

    @Test
    void loaderFailure_reachesTheCaller_andTheNextGetLoadsAgain() {
        long user = Subscriptions.randomUserId();
        IllegalStateException down = new IllegalStateException("database down");

        assertThatThrownBy(() -> cache().get(user, Subscriptions.now(), () -> CompletableFuture.failedFuture(down))
                        .toCompletableFuture()
                        .join())
                .isInstanceOf(CompletionException.class)
                .hasRootCauseMessage("database down");
        assertThat(get(user, Subscriptions.now(), CountingLoader.of(Optional.empty())))
                .isEmpty();
    }
}

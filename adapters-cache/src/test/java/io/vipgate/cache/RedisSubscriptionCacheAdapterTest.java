package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.subscription.port.out.SubscriptionCache;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RedisSubscriptionCacheAdapterTest extends SubscriptionCacheContract {

    @Inject
    RedisGuard guard;

    @Inject
    CacheStats stats;

    @Inject
    RedisDataSource redis;

    private TestCacheConfig config;
    private CacheKeys keys;
    private RedisSubscriptionCacheAdapter cache;

    @BeforeEach
    void freshKeySpace() {
        config = TestCacheConfig.fresh();
        keys = new CacheKeys(config.version());
        cache = new RedisSubscriptionCacheAdapter(guard, config, stats);
    }

    @Override
    protected SubscriptionCache cache() {
        return cache;
    }

    @Test
    void hit_answersWithoutTheLoader() {
        long user = Subscriptions.randomUserId();
        Subscription active = Subscriptions.active(user, Subscriptions.now(), Duration.ofDays(2));
        CountingLoader loader = CountingLoader.of(active);
        long hitsBefore = stats.hits();

        get(user, Subscriptions.now(), loader);

        assertThat(get(user, Subscriptions.now(), loader)).contains(active);
        assertThat(loader.calls()).isEqualTo(1);
        assertThat(stats.hits()).isGreaterThan(hitsBefore);
    }

    @Test
    void ttl_neverExceedsTheTimeLeft() {
        long user = Subscriptions.randomUserId();
        Instant now = Subscriptions.now();

        get(user, now, CountingLoader.of(Subscriptions.active(user, now, Duration.ofSeconds(20))));

        assertThat(pttl(user)).isBetween(15_000L, 20_000L);
    }

    @Test
    void ttl_isCappedAtFiveMinutes() {
        long user = Subscriptions.randomUserId();
        Instant now = Subscriptions.now();

        get(user, now, CountingLoader.of(Subscriptions.active(user, now, Duration.ofDays(30))));

        assertThat(pttl(user)).isBetween(295_000L, 300_000L);
    }

    @Test
    void noSubscription_isCachedAsNoneForFiveMinutes() {
        long user = Subscriptions.randomUserId();
        CountingLoader loader = CountingLoader.of(Optional.empty());

        get(user, Subscriptions.now(), loader);

        assertThat(get(user, Subscriptions.now(), loader)).isEmpty();
        assertThat(loader.calls()).isEqualTo(1);
        assertThat(redis.value(String.class).get(keys.subscription(user))).isEqualTo("none");
        assertThat(pttl(user)).isBetween(295_000L, 300_000L);
    }

    @Test
    void endedSubscription_isCachedForFiveMinutes() {
        long user = Subscriptions.randomUserId();
        Subscription revoked = Subscriptions.ended(user, Subscriptions.now(), SubscriptionStatus.REVOKED);

        assertThat(get(user, Subscriptions.now(), CountingLoader.of(revoked))).contains(revoked);

        assertThat(pttl(user)).isBetween(295_000L, 300_000L);
    }

    @Test
    void activeSnapshotPastItsExpiry_isAnsweredButNotCached() {
        long user = Subscriptions.randomUserId();
        Instant now = Subscriptions.now();
        Subscription due = Subscriptions.active(user, now, Duration.ofSeconds(-1));

        assertThat(get(user, now, CountingLoader.of(due))).contains(due);

        assertThat(redis.key().exists(keys.subscription(user))).isFalse();
    }

    @Test
    void cacheVersionBump_makesOldEntriesUnreachable() {
        long user = Subscriptions.randomUserId();
        Instant now = Subscriptions.now();
        Subscription old = Subscriptions.active(user, now, Duration.ofDays(1));
        Subscription current = Subscriptions.active(user, now, Duration.ofDays(9));
        get(user, now, CountingLoader.of(old));
        var bumped = new RedisSubscriptionCacheAdapter(guard, config.withVersion(config.version() + "-next"), stats);
        CountingLoader loader = CountingLoader.of(current);

        assertThat(bumped.get(user, now, loader).toCompletableFuture().join()).contains(current);
        assertThat(loader.calls()).isEqualTo(1);
    }

    @Test
    void unreadableEntry_countsAsAMissAndIsReplaced() {
        long user = Subscriptions.randomUserId();
        Subscription active = Subscriptions.active(user, Subscriptions.now(), Duration.ofDays(2));
        redis.value(String.class).setex(keys.subscription(user), 60, "garbage");

        assertThat(get(user, Subscriptions.now(), CountingLoader.of(active))).contains(active);

        assertThat(redis.value(String.class).get(keys.subscription(user))).startsWith("s2|ACTIVE|");
    }

    private long pttl(long user) {
        return redis.key().pttl(keys.subscription(user));
    }
}

package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.domain.subscription.Subscription;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The subscription cache under concurrency: stampedes and the cache-aside race. */
@QuarkusTest
class RedisSubscriptionCacheConcurrencyTest {

    @Inject
    RedisGuard guard;

    @Inject
    CacheStats stats;

    @Inject
    RedisDataSource redis;

    private CacheKeys keys;
    private RedisSubscriptionCacheAdapter cache;

    @BeforeEach
    void freshKeySpace() {
        TestCacheConfig config = TestCacheConfig.fresh();
        keys = new CacheKeys(config.version());
        cache = new RedisSubscriptionCacheAdapter(guard, config, stats);
    }

    @Test
    void stampede_hundredConcurrentMisses_runTheLoaderOnce() throws Exception {
        long user = Subscriptions.randomUserId();
        Subscription active = Subscriptions.active(user, Subscriptions.now(), Duration.ofDays(2));
        CountingLoader slow = new CountingLoader(Optional.of(active), Duration.ofMillis(200));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<CompletableFuture<Optional<Subscription>>> answers = IntStream.range(0, 100)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> {
                                Await.until(start);
                                return get(user, Subscriptions.now(), slow);
                            },
                            callers))
                    .toList();
            start.countDown();

            assertThat(answers)
                    .allSatisfy(answer ->
                            assertThat(answer.get(10, TimeUnit.SECONDS)).contains(active));
            assertThat(slow.calls()).isEqualTo(1);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void cacheAsideRace_aSnapshotLoadedBeforeAnEvictionIsNeverStored() {
        long user = Subscriptions.randomUserId();
        Instant now = Subscriptions.now();
        Subscription oldRow = Subscriptions.active(user, now, Duration.ofDays(1));
        Subscription newRow = Subscriptions.active(user, now, Duration.ofDays(31));
        CompletableFuture<Optional<Subscription>> slowRead = new CompletableFuture<>();
        CountDownLatch reading = new CountDownLatch(1);

        // The reader has looked in Redis and is reading the old row from the database...
        var reader = cache.get(user, now, () -> {
                    reading.countDown();
                    return slowRead;
                })
                .toCompletableFuture();
        Await.until(reading);
        // ...the writer commits and evicts...
        cache.evict(user).toCompletableFuture().join();
        // ...and only then does the reader's old row arrive.
        slowRead.complete(Optional.of(oldRow));

        assertThat(reader.join()).contains(oldRow);
        assertThat(redis.key().exists(keys.subscription(user))).isFalse();
        assertThat(get(user, now, CountingLoader.of(newRow))).contains(newRow);
    }

    @Test
    void getAfterEvict_doesNotJoinALoadThatStartedBeforeIt() {
        long user = Subscriptions.randomUserId();
        Instant now = Subscriptions.now();
        Subscription oldRow = Subscriptions.active(user, now, Duration.ofDays(1));
        Subscription newRow = Subscriptions.active(user, now, Duration.ofDays(31));
        CompletableFuture<Optional<Subscription>> slowRead = new CompletableFuture<>();
        CountDownLatch reading = new CountDownLatch(1);
        var reader = cache.get(user, now, () -> {
                    reading.countDown();
                    return slowRead;
                })
                .toCompletableFuture();
        Await.until(reading);

        cache.evict(user).toCompletableFuture().join();
        CountingLoader fresh = CountingLoader.of(newRow);

        assertThat(get(user, now, fresh)).contains(newRow);
        assertThat(fresh.calls()).isEqualTo(1);
        slowRead.complete(Optional.of(oldRow));
        assertThat(reader.join()).contains(oldRow);
        assertThat(get(user, now, CountingLoader.of(oldRow))).contains(newRow);
    }

    private Optional<Subscription> get(long userId, Instant now, CountingLoader loader) {
        return cache.get(userId, now, loader).toCompletableFuture().join();
    }
}

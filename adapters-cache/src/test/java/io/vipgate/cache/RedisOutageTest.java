package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.vipgate.application.messaging.port.out.SendBudget;
import io.vipgate.application.update.port.out.UpdateClaim;
import io.vipgate.cache.testing.TcpProxy;
import io.vipgate.domain.subscription.Subscription;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Redis taken away at run time (a proxy in front of it stops) and given back: the bot routes around it. */
@QuarkusTest
@TestProfile(RedisOutageProfile.class)
@EnabledIfEnvironmentVariable(named = "VIPGATE_TEST_REDIS_URL", matches = ".+")
@TestMethodOrder(OrderAnnotation.class)
class RedisOutageTest {

    private static final long USER = Subscriptions.randomUserId();
    private static final Subscription STALE = Subscriptions.active(USER, Subscriptions.now(), Duration.ofDays(1));
    private static final RecordingUpdateLog FALLBACK_LOG = new RecordingUpdateLog();
    private static final AtomicInteger LOCAL_RESERVATIONS = new AtomicInteger();
    private static TcpProxy proxy;
    private static TestCacheConfig config;
    private static Adapters adapters;

    @Inject
    RedisGuard guard;

    @Inject
    CacheStats stats;

    @Inject
    RedisBreaker breaker;

    @Inject
    RedisDataSource redis;

    /** One set of adapters for the whole story, as one replica keeps them across an outage. */
    private record Adapters(
            RedisSubscriptionCacheAdapter cache,
            RedisUpdateLogAdapter log,
            RedisRedemptionAttemptsAdapter attempts,
            RedisSendBudgetAdapter budget) {}

    @BeforeAll
    static void proxyInFrontOfRedis() {
        proxy = new TcpProxy(RedisOutageProfile.proxyPort(), RedisOutageProfile.target());
        config = TestCacheConfig.fresh();
    }

    @AfterAll
    static void stopProxy() {
        proxy.close();
    }

    @BeforeEach
    void adapters() {
        if (adapters == null) {
            LocalSendBudget local = new LocalSendBudget(30, 1, Clock.systemUTC());
            SendBudget countingLocal = chat -> {
                LOCAL_RESERVATIONS.incrementAndGet();
                return local.reserve(chat);
            };
            adapters = new Adapters(
                    new RedisSubscriptionCacheAdapter(guard, config, stats),
                    new RedisUpdateLogAdapter(guard, config, stats, FALLBACK_LOG),
                    new RedisRedemptionAttemptsAdapter(guard, config, stats),
                    new RedisSendBudgetAdapter(guard, config, stats, countingLocal));
        }
    }

    @Test
    @Order(1)
    void redisUp_snapshotsAreCached_andReadinessSaysUp() {
        proxy.start();
        awaitBreaker(CircuitBreakerState.CLOSED, () -> get(CountingLoader.of(STALE)));

        // A slow machine may time out one write; what must hold is that a stored snapshot is read back, not reloaded.
        Await.until(() -> {
            evictQuietly();
            CountingLoader loader = CountingLoader.of(STALE);
            get(loader);
            get(loader);
            return loader.calls() == 1;
        });
        RedisReadiness.assertUpWithCacheState("up", "closed");
    }

    @Test
    @Order(2)
    void redisDown_everyPortAnswersWithoutIt_andTheBreakerOpens() {
        proxy.stop();
        long errorsBefore = stats.errors();
        Subscription fresh = active(Duration.ofDays(9));

        for (int round = 0; round < 3; round++) {
            assertThat(get(CountingLoader.of(fresh))).contains(fresh);
            long update = Subscriptions.randomUserId();
            assertThat(adapters.log()
                            .claim(update, "owner", Instant.now(), Instant.now())
                            .toCompletableFuture()
                            .join())
                    .isEqualTo(UpdateClaim.CLAIMED);
            assertThat(FALLBACK_LOG.deliveries).contains(update);
            adapters.attempts().recordFailure(USER).toCompletableFuture().join();
            adapters.attempts().recordFailure(USER).toCompletableFuture().join();
            assertThat(adapters.attempts()
                            .blockedFor(USER)
                            .toCompletableFuture()
                            .join())
                    .isEmpty();
            assertThat(adapters.budget().reserve(USER).toCompletableFuture().join())
                    .isNotNull();
        }
        adapters.cache().evict(USER).toCompletableFuture().join();

        // Open, or already half-open if the loop outlasted the breaker's delay on a slow machine: not closed.
        assertThat(breaker.state()).isNotEqualTo(CircuitBreakerState.CLOSED);
        assertThat(LOCAL_RESERVATIONS.get()).isEqualTo(3);
        assertThat(stats.errors()).isGreaterThan(errorsBefore);
        RedisReadiness.assertUpWithCacheState("degraded");
    }

    @Test
    @Order(3)
    void redisBack_theBreakerCloses_andTheMissedEvictionIsCaughtUp() {
        proxy.start();
        Subscription current = active(Duration.ofDays(30));

        String key = new CacheKeys(config.version()).subscription(USER);
        String staleEntry = SubscriptionCodec.encode(Optional.of(STALE));

        // Until Redis' stale entry is evicted at last, this replica reads past it: it never comes back.
        awaitBreaker(
                CircuitBreakerState.CLOSED,
                () -> assertThat(get(CountingLoader.of(current))).contains(current));
        Await.until(() -> {
            assertThat(get(CountingLoader.of(current))).contains(current);
            return !staleEntry.equals(redis.value(String.class).get(key));
        });
        long update = Subscriptions.randomUserId();
        assertThat(adapters.log()
                        .claim(update, "owner", Instant.now(), Instant.now())
                        .toCompletableFuture()
                        .join())
                .isEqualTo(UpdateClaim.CLAIMED);
        assertThat(FALLBACK_LOG.deliveries).doesNotContain(update);
        RedisReadiness.assertUpWithCacheState("up", "closed");
    }

    private static void evictQuietly() {
        adapters.cache().evict(USER).toCompletableFuture().join();
    }

    private static Subscription active(Duration left) {
        return Subscriptions.active(USER, Subscriptions.now(), left);
    }

    private static Optional<Subscription> get(CountingLoader loader) {
        return adapters.cache()
                .get(USER, Subscriptions.now(), loader)
                .toCompletableFuture()
                .join();
    }

    /** Keeps doing {@code traffic} (the breaker only moves on calls) until it reaches {@code state}. */
    private void awaitBreaker(CircuitBreakerState state, Runnable traffic) {
        Await.until(() -> {
            traffic.run();
            return breaker.state() == state;
        });
    }
}

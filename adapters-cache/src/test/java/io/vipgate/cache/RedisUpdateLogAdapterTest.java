package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RedisUpdateLogAdapterTest {

    @Inject
    RedisGuard guard;
    @Inject
    CacheStats stats;
    @Inject
    RedisDataSource redis;

    private final RecordingUpdateLog fallback = new RecordingUpdateLog();
    private TestCacheConfig config;
    private RedisUpdateLogAdapter log;

    @BeforeEach
    void freshKeySpace() {
        config = TestCacheConfig.fresh();
        log = new RedisUpdateLogAdapter(guard, config, stats, fallback);
    }

    @Test
    void firstDelivery_isTrueOnce_thenFalse() {
        long update = randomUpdateId();

        assertThat(first(update)).isTrue();
        assertThat(first(update)).isFalse();
        assertThat(fallback.deliveries).isEmpty();
    }

    @Test
    void tenConcurrentDeliveries_ofOneUpdate_haveExactlyOneFirst() {
        long update = randomUpdateId();

        List<Boolean> answers = IntStream.range(0, 10)
                .mapToObj(i -> log.firstDelivery(update, Instant.now()).toCompletableFuture())
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).containsOnlyOnce(true).hasSize(10);
    }

    @Test
    void seenIds_areRememberedForADay() {
        long update = randomUpdateId();

        first(update);

        assertThat(redis.key().ttl(new CacheKeys(config.version()).update(update))).isBetween(86_390L, 86_400L);
    }

    @Test
    void release_letsTheRedeliveryBeHandled_inBothLogs() {
        long update = randomUpdateId();
        first(update);

        log.release(update).toCompletableFuture().join();

        assertThat(first(update)).isTrue();
        assertThat(fallback.releases).containsExactly(update);
    }

    @Test
    void forgetBefore_prunesTheFallback_sinceRedisForgetsByItself() {
        Instant cutoff = Instant.now();

        log.forgetBefore(cutoff).toCompletableFuture().join();

        assertThat(fallback.cutoffs).containsExactly(cutoff);
    }

    private boolean first(long update) {
        return log.firstDelivery(update, Instant.now()).toCompletableFuture().join();
    }

    private static long randomUpdateId() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }
}

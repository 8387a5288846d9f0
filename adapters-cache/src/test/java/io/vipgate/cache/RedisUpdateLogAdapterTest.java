package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.update.port.out.UpdateClaim;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Update claims in the real Redis: one winner, done only when marked, stale claims taken over once. */
@QuarkusTest
class RedisUpdateLogAdapterTest {

    private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

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
    void aNewId_isClaimed_thenBusyForAnotherOwner_thenDoneOnceMarked() {
        long update = randomUpdateId();

        assertThat(claim(update, "a", NOW)).isEqualTo(UpdateClaim.CLAIMED);
        assertThat(claim(update, "b", NOW.plusSeconds(1))).isEqualTo(UpdateClaim.BUSY);
        log.done(update).toCompletableFuture().join();
        assertThat(claim(update, "b", NOW.plus(Duration.ofHours(1)))).isEqualTo(UpdateClaim.DONE);
        assertThat(claim(update, "a", NOW)).isEqualTo(UpdateClaim.DONE);
        assertThat(fallback.deliveries).isEmpty();
    }

    @Test
    void aClaimNotDone_isTakenOver_onlyOnceOlderThanTheTimeout_orByItsOwnOwner() {
        long update = randomUpdateId();
        claim(update, "a", NOW);

        assertThat(claim(update, "b", NOW.plus(TIMEOUT))).isEqualTo(UpdateClaim.BUSY);
        assertThat(claim(update, "a", NOW.plus(TIMEOUT))).as("its own owner").isEqualTo(UpdateClaim.CLAIMED);
        assertThat(claim(update, "b", NOW.plus(TIMEOUT).plusSeconds(30)))
                .as("renewed by the owner")
                .isEqualTo(UpdateClaim.BUSY);
        assertThat(claim(update, "b", NOW.plus(TIMEOUT.multipliedBy(2)).plusMillis(1)))
                .isEqualTo(UpdateClaim.CLAIMED);
        assertThat(claim(update, "a", NOW.plus(TIMEOUT.multipliedBy(2)).plusMillis(2)))
                .isEqualTo(UpdateClaim.BUSY);
    }

    @Test
    void tenConcurrentDeliveries_ofOneUpdate_haveExactlyOneClaim() {
        long update = randomUpdateId();

        List<UpdateClaim> answers = IntStream.range(0, 10)
                .mapToObj(i ->
                        log.claim(update, "owner" + i, NOW, NOW.minus(TIMEOUT)).toCompletableFuture())
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();

        assertThat(answers).containsOnlyOnce(UpdateClaim.CLAIMED).hasSize(10);
    }

    @Test
    void tenConcurrentTakeOvers_ofAStaleClaim_haveExactlyOneWinner() {
        long update = randomUpdateId();
        claim(update, "dead", NOW);
        Instant later = NOW.plus(TIMEOUT).plusSeconds(1);

        List<UpdateClaim> answers = IntStream.range(0, 10)
                .mapToObj(i -> log.claim(update, "owner" + i, later, later.minus(TIMEOUT))
                        .toCompletableFuture())
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();

        assertThat(answers).containsOnlyOnce(UpdateClaim.CLAIMED).hasSize(10);
    }

    @Test
    void aValueWrittenBeforeClaimsHadOwners_countsAsDone() {
        long update = randomUpdateId();
        redis.value(String.class).set(new CacheKeys(config.version()).update(update), "1");

        assertThat(claim(update, "a", NOW)).isEqualTo(UpdateClaim.DONE);
    }

    @Test
    void claimsAndDoneMarks_areRememberedForADay() {
        long update = randomUpdateId();
        String key = new CacheKeys(config.version()).update(update);

        claim(update, "a", NOW);
        assertThat(redis.key().ttl(key)).isBetween(86_390L, 86_400L);
        log.done(update).toCompletableFuture().join();
        assertThat(redis.key().ttl(key)).isBetween(86_390L, 86_400L);
    }

    @Test
    void release_byItsOwner_letsAnyoneClaimAgain_inBothLogs_butNotByAnotherOwner_norOnceDone() {
        long update = randomUpdateId();
        claim(update, "a", NOW);

        log.release(update, "b").toCompletableFuture().join();
        assertThat(claim(update, "b", NOW)).isEqualTo(UpdateClaim.BUSY);

        log.release(update, "a").toCompletableFuture().join();
        assertThat(claim(update, "b", NOW)).isEqualTo(UpdateClaim.CLAIMED);
        assertThat(fallback.releases).containsExactly(update, update);

        log.done(update).toCompletableFuture().join();
        log.release(update, "b").toCompletableFuture().join();
        assertThat(claim(update, "c", NOW)).isEqualTo(UpdateClaim.DONE);
    }

    @Test
    void forgetBefore_prunesTheFallback_sinceRedisForgetsByItself() {
        Instant cutoff = Instant.now();

        log.forgetBefore(cutoff).toCompletableFuture().join();

        assertThat(fallback.cutoffs).containsExactly(cutoff);
    }

    private UpdateClaim claim(long update, String owner, Instant at) {
        return log.claim(update, owner, at, at.minus(TIMEOUT))
                .toCompletableFuture()
                .join();
    }

    private static long randomUpdateId() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }
}

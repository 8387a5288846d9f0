package io.vipgate.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code update_id} de-duplication in PostgreSQL: once per id, even under concurrent redelivery. */
@QuarkusTest
class PostgresUpdateLogAdapterTest {

    private static final int RACERS = 10;

    private final Instant now = Instant.now();
    private final ExecutorService racers = Executors.newFixedThreadPool(RACERS);
    private final List<Long> used = new ArrayList<>();

    @Inject
    PostgresUpdateLogAdapter log;
    @Inject
    DataSource database;

    @AfterEach
    void cleanUp() {
        racers.shutdownNow();
        used.forEach(id -> Sql.update(database, "DELETE FROM processed_update WHERE update_id = ?", id));
    }

    @Test
    void firstDelivery_isTrueOnce_andFalseForEveryRedelivery() {
        long update = updateId();

        assertThat(Await.result(log.firstDelivery(update, now))).isTrue();
        assertThat(Await.result(log.firstDelivery(update, now))).isFalse();
        assertThat(Await.result(log.firstDelivery(update, now.plusSeconds(3600)))).isFalse();
        assertThat(Await.result(log.firstDelivery(updateId(), now))).isTrue();
    }

    @Test
    void tenConcurrentDeliveriesOfOneId_exactlyOneIsFirst_twentyTimesOver() {
        for (int round = 0; round < 20; round++) {
            long update = updateId();
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Boolean>> deliveries = IntStream.range(0, RACERS)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return Await.result(log.firstDelivery(update, now));
                    }, racers))
                    .toList();
            start.countDown();

            assertThat(deliveries.stream().map(CompletableFuture::join)).containsOnlyOnce(true).hasSize(RACERS);
        }
    }

    @Test
    void release_forgetsOneId_soItsRedeliveryIsFirstAgain_andLeavesOthersAlone() {
        long failed = updateId();
        long handled = updateId();
        Await.result(log.firstDelivery(failed, now));
        Await.result(log.firstDelivery(handled, now));

        Await.result(log.release(failed));
        Await.result(log.release(updateId()));

        assertThat(stored(failed)).isFalse();
        assertThat(Await.result(log.firstDelivery(failed, now))).isTrue();
        assertThat(Await.result(log.firstDelivery(handled, now))).isFalse();
    }

    @Test
    void forgetBefore_removesOnlyIdsReceivedBeforeTheCutoff() {
        Instant base = Instant.parse("1971-01-01T00:00:00Z")
                .plusSeconds(ThreadLocalRandom.current().nextLong(0, 25L * 365 * 86_400));
        Instant cutoff = base.plus(Duration.ofMinutes(1));
        // rows older than base are leftovers of an interrupted earlier run, never the bot's
        Await.result(log.forgetBefore(base));
        long oldest = updateId();
        long old = updateId();
        long atCutoff = updateId();
        long recent = updateId();
        Await.result(log.firstDelivery(oldest, base));
        Await.result(log.firstDelivery(old, cutoff.minusMillis(1)));
        Await.result(log.firstDelivery(atCutoff, cutoff));
        Await.result(log.firstDelivery(recent, base.plus(Duration.ofHours(1))));

        long forgotten = Await.result(log.forgetBefore(cutoff));

        assertThat(forgotten).isEqualTo(2);
        assertThat(Await.result(log.forgetBefore(cutoff))).isZero();
        assertThat(stored(oldest)).isFalse();
        assertThat(stored(old)).isFalse();
        assertThat(stored(atCutoff)).isTrue();
        assertThat(stored(recent)).isTrue();
        assertThat(Await.result(log.firstDelivery(old, now))).as("a forgotten id counts as new").isTrue();
    }

    private long updateId() {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000_000L, Long.MAX_VALUE);
        used.add(id);
        return id;
    }

    private boolean stored(long update) {
        return Sql.one(database, Long.class, "SELECT count(*) FROM processed_update WHERE update_id = ?", update) == 1;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

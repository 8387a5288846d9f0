package io.vipgate.persistence.update;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.update.port.out.UpdateClaim;
import io.vipgate.persistence.Sql;
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

/** {@code update_id} claims in PostgreSQL: one winner per id or take-over, even under concurrent redelivery. */
@QuarkusTest
class PostgresUpdateLogAdapterTest {

    private static final int RACERS = 10;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
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
    void aNewId_isClaimed_busyForAnotherOwner_andDoneOnlyOnceMarked() {
        long update = updateId();

        assertThat(claim(update, "a", now)).isEqualTo(UpdateClaim.CLAIMED);
        assertThat(claim(update, "b", now.plusSeconds(1))).isEqualTo(UpdateClaim.BUSY);
        assertThat(Sql.one(database, Boolean.class, "SELECT done FROM processed_update WHERE update_id = ?", update))
                .isFalse();
        Await.result(log.done(update));
        assertThat(claim(update, "b", now.plusSeconds(3600))).isEqualTo(UpdateClaim.DONE);
        assertThat(claim(update, "a", now)).isEqualTo(UpdateClaim.DONE);
        assertThat(claim(updateId(), "a", now)).isEqualTo(UpdateClaim.CLAIMED);
    }

    @Test
    void aClaimNotDone_isTakenOver_onlyOnceOlderThanTheTimeout_orByItsOwnOwner() {
        long update = updateId();
        claim(update, "a", now);

        assertThat(claim(update, "b", now.plus(TIMEOUT))).isEqualTo(UpdateClaim.BUSY);
        assertThat(claim(update, "a", now.plus(TIMEOUT))).as("its own owner").isEqualTo(UpdateClaim.CLAIMED);
        assertThat(claim(update, "b", now.plus(TIMEOUT).plusSeconds(30)))
                .as("renewed by the owner")
                .isEqualTo(UpdateClaim.BUSY);
        assertThat(claim(update, "b", now.plus(TIMEOUT.multipliedBy(2)).plusMillis(1)))
                .isEqualTo(UpdateClaim.CLAIMED);
        assertThat(claim(update, "a", now.plus(TIMEOUT.multipliedBy(2)).plusMillis(2)))
                .isEqualTo(UpdateClaim.BUSY);
    }

    @Test
    void aRowWrittenBeforeClaimsHadOwners_countsAsDone() {
        long update = updateId();
        Sql.update(database, "INSERT INTO processed_update (update_id, received_at) VALUES (?, now())", update);

        assertThat(claim(update, "a", now)).isEqualTo(UpdateClaim.DONE);
    }

    @Test
    void doneWithoutAClaimHere_isRecordedAnyway_forAClaimTakenInRedisBeforeItFailed() {
        long update = updateId();

        Await.result(log.done(update));

        assertThat(claim(update, "a", now)).isEqualTo(UpdateClaim.DONE);
    }

    @Test
    void manyConcurrentDoneMarks_areAllWritten_inFewerStatementsThanMarks() {
        List<Long> updates = IntStream.range(0, 200).mapToObj(i -> updateId()).toList();
        updates.forEach(update -> claim(update, "a", now));

        List<CompletableFuture<Void>> marks = updates.stream()
                .map(update -> log.done(update).toCompletableFuture())
                .toList();
        marks.forEach(CompletableFuture::join);

        assertThat(updates)
                .allSatisfy(update -> assertThat(claim(update, "b", now)).isEqualTo(UpdateClaim.DONE));
    }

    @Test
    void tenConcurrentDeliveriesOfOneId_exactlyOneClaims_twentyTimesOver() {
        for (int round = 0; round < 20; round++) {
            long update = updateId();
            assertThat(race(update, now)).containsOnlyOnce(UpdateClaim.CLAIMED).hasSize(RACERS);
        }
    }

    @Test
    void tenConcurrentTakeOversOfAStaleClaim_exactlyOneWins_twentyTimesOver() {
        for (int round = 0; round < 20; round++) {
            long update = updateId();
            claim(update, "dead", now);
            assertThat(race(update, now.plus(TIMEOUT).plusSeconds(1)))
                    .containsOnlyOnce(UpdateClaim.CLAIMED)
                    .hasSize(RACERS);
        }
    }

    @Test
    void release_byItsOwner_letsAnyoneClaimAgain_butNotByAnotherOwner_norOnceDone() {
        long failed = updateId();
        long handled = updateId();
        claim(failed, "a", now);
        claim(handled, "a", now);
        Await.result(log.done(handled));

        Await.result(log.release(failed, "b"));
        assertThat(stored(failed)).isTrue();
        Await.result(log.release(failed, "a"));
        Await.result(log.release(handled, "a"));
        Await.result(log.release(updateId(), "a"));

        assertThat(stored(failed)).isFalse();
        assertThat(claim(failed, "b", now)).isEqualTo(UpdateClaim.CLAIMED);
        assertThat(claim(handled, "b", now)).isEqualTo(UpdateClaim.DONE);
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
        claim(oldest, "a", base);
        claim(old, "a", cutoff.minusMillis(1));
        claim(atCutoff, "a", cutoff);
        claim(recent, "a", base.plus(Duration.ofHours(1)));

        long forgotten = Await.result(log.forgetBefore(cutoff));

        assertThat(forgotten).isEqualTo(2);
        assertThat(Await.result(log.forgetBefore(cutoff))).isZero();
        assertThat(stored(oldest)).isFalse();
        assertThat(stored(old)).isFalse();
        assertThat(stored(atCutoff)).isTrue();
        assertThat(stored(recent)).isTrue();
        assertThat(claim(old, "b", now)).as("a forgotten id counts as new").isEqualTo(UpdateClaim.CLAIMED);
    }

    private UpdateClaim claim(long update, String owner, Instant at) {
        return Await.result(log.claim(update, owner, at, at.minus(TIMEOUT)));
    }

    private List<UpdateClaim> race(long update, Instant at) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<UpdateClaim>> deliveries = IntStream.range(0, RACERS)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> {
                            awaitQuietly(start);
                            return claim(update, "racer" + i, at);
                        },
                        racers))
                .toList();
        start.countDown();
        return deliveries.stream().map(CompletableFuture::join).toList();
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

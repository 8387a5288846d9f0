package io.vipgate.persistence.freechannel;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.freechannel.JoinRequestStatus;
import io.vipgate.persistence.Sql;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Free-channel join requests and the approval wait, against a real PostgreSQL. */
@QuarkusTest
class PostgresFreeChannelAdapterTest {

    private static final long CHAT = -100_123L;
    private static final int RACERS = 10;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final ExecutorService racers = Executors.newFixedThreadPool(RACERS);

    @Inject
    PostgresFreeChannelAdapter adapter;

    @Inject
    DataSource database;

    @AfterEach
    void stopRacers() {
        racers.shutdownNow();
    }

    @Test
    void record_storesAFirstRequestAsPending() {
        JoinRequest request = JoinRequest.pending(TestIds.user(), CHAT, 555L, now);

        JoinRequest stored = Await.result(adapter.record(request));

        assertThat(stored).isEqualTo(request);
        assertThat(Await.result(adapter.find(request.userId()))).contains(request);
    }

    @Test
    void repeatWhilePending_keepsTheClock_butTakesTheNewUserChat() {
        long user = TestIds.user();
        Await.result(adapter.record(JoinRequest.pending(user, CHAT, 555L, now)));

        JoinRequest stored = Await.result(adapter.record(JoinRequest.pending(user, CHAT, 666L, now.plusSeconds(180))));

        JoinRequest expected = new JoinRequest(user, CHAT, 666L, now, JoinRequestStatus.PENDING);
        assertThat(stored).isEqualTo(expected);
        assertThat(Await.result(adapter.find(user))).contains(expected);
    }

    @ParameterizedTest
    @EnumSource(
            value = JoinRequestStatus.class,
            names = {"APPROVED", "DROPPED"})
    void repeatAfterTheRequestWasSettled_startsANewPendingRequest(JoinRequestStatus settled) {
        long user = TestIds.user();
        Await.result(adapter.record(JoinRequest.pending(user, CHAT, 555L, now)));
        assertThat(Sql.update(
                        database, "UPDATE free_join_request SET status = ? WHERE user_id = ?", settled.name(), user))
                .isOne();
        assertThat(Await.result(adapter.find(user)))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(settled));
        JoinRequest again = JoinRequest.pending(user, CHAT, 777L, now.plus(Duration.ofDays(2)));

        JoinRequest stored = Await.result(adapter.record(again));

        assertThat(stored).isEqualTo(again);
        assertThat(Await.result(adapter.find(user))).contains(again);
    }

    @Test
    void concurrentRepeatsOfAPendingRequest_keepOneRowWithTheFirstClock() {
        long user = TestIds.user();
        Await.result(adapter.record(JoinRequest.pending(user, CHAT, 555L, now)));

        List<JoinRequest> answers = race(user, now.plusSeconds(1));

        assertThat(answers).extracting(JoinRequest::requestedAt).containsOnly(now);
        assertThat(answers).extracting(JoinRequest::status).containsOnly(JoinRequestStatus.PENDING);
        assertThat(rowsFor(user)).isOne();
        assertThat(Await.result(adapter.find(user)))
                .hasValueSatisfying(r -> assertThat(r.requestedAt()).isEqualTo(now));
    }

    @Test
    void concurrentFirstRequestsOfOneUser_storeOneRow_andEveryoneSeesTheWinnersClock() {
        long user = TestIds.user();

        List<JoinRequest> answers = race(user, now);

        Instant winner = Await.result(adapter.find(user)).orElseThrow().requestedAt();
        assertThat(answers).extracting(JoinRequest::requestedAt).containsOnly(winner);
        assertThat(winner).isBetween(now, now.plusSeconds(RACERS - 1));
        assertThat(rowsFor(user)).isOne();
    }

    @Test
    void freeChannelWait_readsBackWhatWasSet_includingZero_andRemembersWhoSetIt() {
        FreeChannelWait original = Await.result(adapter.freeChannelWait());
        try {
            Await.result(adapter.setFreeChannelWait(FreeChannelWait.ofMinutes(17), 901L));
            assertThat(Await.result(adapter.freeChannelWait())).isEqualTo(FreeChannelWait.ofMinutes(17));
            assertThat(Sql.one(database, Long.class, "SELECT updated_by FROM bot_settings WHERE id = 1"))
                    .isEqualTo(901L);

            Await.result(adapter.setFreeChannelWait(FreeChannelWait.ofMinutes(0), 902L));
            assertThat(Await.result(adapter.freeChannelWait())).isEqualTo(FreeChannelWait.ofMinutes(0));
            assertThat(Sql.one(database, Long.class, "SELECT count(*) FROM bot_settings"))
                    .isOne();
        } finally {
            Await.result(adapter.setFreeChannelWait(original, 903L));
        }
    }

    @Test
    void find_isEmptyForAUserWhoNeverAsked() {
        assertThat(Await.result(adapter.find(TestIds.user()))).isEmpty();
    }

    /** {@value #RACERS} requests of one user at once, the i-th requested {@code i} seconds after {@code first}. */
    private List<JoinRequest> race(long user, Instant first) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<JoinRequest>> attempts = IntStream.range(0, RACERS)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> {
                            awaitQuietly(start);
                            return Await.result(
                                    adapter.record(JoinRequest.pending(user, CHAT, 1000L + i, first.plusSeconds(i))));
                        },
                        racers))
                .toList();
        start.countDown();
        return attempts.stream().map(CompletableFuture::join).toList();
    }

    private long rowsFor(long user) {
        return Sql.one(database, Long.class, "SELECT count(*) FROM free_join_request WHERE user_id = ?", user);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.vipgate.persistence.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.freechannel.port.out.DueJoinRequest;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.domain.freechannel.FreeChannelWait;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.freechannel.JoinRequestStatus;
import io.vipgate.domain.user.BotUser;
import io.vipgate.persistence.freechannel.PostgresFreeChannelAdapter;
import io.vipgate.persistence.user.PostgresUserRepositoryAdapter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Claims of free-channel join requests whose wait is over, against a real PostgreSQL. */
@QuarkusTest
class PostgresDueJoinRequestsAdapterTest {

    private static final long CHAT = -100_777L;
    private static final FreeChannelWait WAIT = FreeChannelWait.ofMinutes(5);
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final int ALL = 10_000;

    private final Instant t0 = FarTimes.past();
    private final ExecutorService racers = Executors.newFixedThreadPool(4);

    @Inject
    PostgresDueJoinRequestsAdapter due;

    @Inject
    PostgresFreeChannelAdapter requests;

    @Inject
    PostgresUserRepositoryAdapter users;

    @AfterEach
    void stopRacers() {
        racers.shutdownNow();
    }

    private long requested(Instant at) {
        long user = TestIds.user();
        Await.result(users.upsert(BotUser.seen(user, "Bea", null, null, "en")));
        Await.result(requests.record(JoinRequest.pending(user, CHAT, user, at)));
        return user;
    }

    private List<Long> claim(Instant now, Lease lease) {
        return Await.result(due.claimApprovable(now, WAIT, ALL, lease)).stream()
                .map(DueJoinRequest::userId)
                .toList();
    }

    private JoinRequestStatus status(long user) {
        return Await.result(requests.find(user)).orElseThrow().status();
    }

    @Test
    void aRequest_isClaimableOnceItsWaitIsOver_byOneClaimerAtATime() {
        long user = requested(t0);
        Instant approvable = t0.plus(WAIT.value());

        assertThat(claim(approvable.minusSeconds(1), Lease.fresh(t0, LEASE))).doesNotContain(user);
        List<DueJoinRequest> claimed =
                Await.result(due.claimApprovable(approvable, WAIT, ALL, Lease.fresh(approvable, LEASE)));
        assertThat(claimed)
                .filteredOn(row -> row.userId() == user)
                .singleElement()
                .satisfies(row -> assertThat(row.user().firstName()).isEqualTo("Bea"));
        assertThat(claim(approvable, Lease.fresh(approvable, LEASE))).as("held").doesNotContain(user);
    }

    @Test
    void settling_storesTheStatus_forTheHolderOnly_once() {
        long user = requested(t0);
        Instant now = t0.plus(WAIT.value());
        Lease lease = Lease.fresh(now, LEASE);
        JoinRequest claimed = Await.result(due.claimApprovable(now, WAIT, ALL, lease)).stream()
                .filter(row -> row.userId() == user)
                .findFirst()
                .orElseThrow()
                .request();

        assertThat(Await.result(due.settle(claimed.approved(), Lease.fresh(now, LEASE))))
                .isFalse();
        assertThat(status(user)).isEqualTo(JoinRequestStatus.PENDING);
        assertThat(Await.result(due.settle(claimed.approved(), lease))).isTrue();
        assertThat(status(user)).isEqualTo(JoinRequestStatus.APPROVED);
        assertThat(Await.result(due.settle(claimed.approved(), lease)))
                .as("twice")
                .isFalse();
        assertThat(claim(now.plus(LEASE), Lease.fresh(now, LEASE))).doesNotContain(user);
    }

    @Test
    void aReleasedRequest_comesBackAtItsRetryTime() {
        long user = requested(t0);
        Instant now = t0.plus(WAIT.value());
        Lease lease = Lease.fresh(now, LEASE);
        claim(now, lease);

        Await.result(due.release(user, lease, now.plusSeconds(60)));

        assertThat(claim(now.plusSeconds(59), Lease.fresh(now, LEASE))).doesNotContain(user);
        assertThat(claim(now.plusSeconds(60), Lease.fresh(now, LEASE))).contains(user);
    }

    @Test
    void racingClaimers_neverShareARequest() {
        List<Long> users = IntStream.range(0, 30).mapToObj(i -> requested(t0)).toList();
        Instant now = t0.plus(WAIT.value());
        Map<Long, Integer> claims = new ConcurrentHashMap<>();

        List<CompletableFuture<Void>> runs = IntStream.range(0, 4)
                .mapToObj(racer -> CompletableFuture.runAsync(
                        () -> {
                            List<DueJoinRequest> batch;
                            do {
                                batch = Await.result(due.claimApprovable(now, WAIT, 2, Lease.fresh(now, LEASE)));
                                batch.forEach(row -> claims.merge(row.userId(), 1, Integer::sum));
                            } while (!batch.isEmpty());
                        },
                        racers))
                .toList();
        runs.forEach(CompletableFuture::join);

        assertThat(claims.keySet()).containsAll(users);
        assertThat(claims.values()).containsOnly(1);
    }
}

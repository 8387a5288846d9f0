package io.vipgate.persistence.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.jobs.ExpireDueSubscriptionsService;
import io.vipgate.application.jobs.JobSettings;
import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.application.jobs.port.out.DueSubscription;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.persistence.gate.GateParts;
import io.vipgate.persistence.gate.PostgresInviteLinksAdapter;
import io.vipgate.persistence.subscription.PostgresSubscriptionLedgerAdapter;
import io.vipgate.persistence.subscription.PostgresSubscriptionRepositoryAdapter;
import io.vipgate.persistence.user.PostgresUserRepositoryAdapter;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Job runners racing over the same due rows, as replicas do: every row is acted on once, by one of them. */
@QuarkusTest
class JobRaceTest {

    private static final int RACERS = 4;

    private final Instant t0 = FarTimes.past();
    private final ExecutorService racers = Executors.newFixedThreadPool(RACERS);

    @Inject
    PostgresDueSubscriptionsAdapter due;

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    PostgresSubscriptionRepositoryAdapter subscriptions;

    @Inject
    PostgresInviteLinksAdapter links;

    @Inject
    PostgresUserRepositoryAdapter userRows;

    @AfterEach
    void stopRacers() {
        racers.shutdownNow();
    }

    private List<Long> dueSubscribers(int count) {
        List<Long> users =
                IntStream.range(0, count).mapToObj(i -> TestIds.user()).toList();
        users.forEach(
                user -> Await.result(ledger.extend(user, VipDuration.ofDays(1), 1L, t0, ReminderSchedule.DEFAULT)));
        return users;
    }

    /** Starts {@code work} on every racer at the same instant and waits for all of them. */
    private <T> List<T> race(Function<Integer, T> work) {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<T>> runs = IntStream.range(0, RACERS)
                .mapToObj(racer -> CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                start.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return work.apply(racer);
                        },
                        racers))
                .toList();
        start.countDown();
        return runs.stream().map(CompletableFuture::join).toList();
    }

    @Test
    void racersClaimingSmallBatches_neverClaimOneRowTwice_andTogetherClaimEveryRow() {
        List<Long> users = dueSubscribers(40);
        Instant now = t0.plus(Duration.ofDays(1));
        Map<Long, Integer> claimedBy = new ConcurrentHashMap<>();
        Map<Long, Integer> claimedTwice = new ConcurrentHashMap<>();

        race(racer -> {
            List<DueSubscription> batch;
            do {
                batch = Await.result(due.claimExpiries(now, 3, Lease.fresh(now, Duration.ofMinutes(10))));
                batch.forEach(row -> {
                    if (claimedBy.putIfAbsent(row.userId(), racer) != null) {
                        claimedTwice.put(row.userId(), racer);
                    }
                });
            } while (!batch.isEmpty());
            return null;
        });

        assertThat(claimedTwice).isEmpty();
        assertThat(claimedBy.keySet()).containsAll(users);
    }

    @Test
    void expiryRunnersRacing_removeAndExpireEachUserOnce() {
        for (int round = 0; round < 3; round++) {
            List<Long> users = dueSubscribers(30);
            Clock clock = Clock.fixed(t0.plus(Duration.ofDays(1 + round)), ZoneOffset.UTC);
            Collection<Long> removals = new ConcurrentLinkedQueue<>();
            Collection<Long> told = new ConcurrentLinkedQueue<>();
            Notifier notifier = (user, notice) -> {
                told.add(user.id());
                return CompletableFuture.completedFuture(Delivery.SENT);
            };

            List<JobRun> runs = race(racer -> Await.result(new ExpireDueSubscriptionsService(
                            due,
                            ledger,
                            GateParts.removals(
                                    new RemovalsOnlyChannel(removals), subscriptions, links, userRows, notifier, clock),
                            notifier,
                            new JobSettings(4, Duration.ofMinutes(5), Duration.ofMinutes(1)),
                            clock)
                    .expireDue()));

            assertThat(runs).allSatisfy(run -> assertThat(run.failed()).isZero());
            users.forEach(user -> {
                assertThat(removals).as("removals of %d", user).containsOnlyOnce(user);
                assertThat(told).as("messages to %d", user).containsOnlyOnce(user);
                assertThat(Await.result(subscriptions.history(user)))
                        .extracting(change -> change.kind())
                        .containsExactly(ChangeKind.EXTENDED, ChangeKind.EXPIRED);
            });
        }
    }
}

package io.vipgate.persistence.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.domain.subscription.RedemptionOutcome;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.MintedToken;
import io.vipgate.persistence.Tokens;
import io.vipgate.persistence.token.PostgresTokenRepositoryAdapter;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Users racing for the same token: the database decides, and never gives away more uses than there are. */
@QuarkusTest
class RedemptionRaceTest {

    private final ExecutorService racers = Executors.newFixedThreadPool(10);

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    PostgresTokenRepositoryAdapter tokens;

    @Inject
    PostgresSubscriptionRepositoryAdapter subscriptions;

    @AfterEach
    void stopRacers() {
        racers.shutdownNow();
    }

    @Test
    void twoUsersRacingForSingleUseToken_exactlyOneWins_fiftyTimesOver() {
        for (int round = 0; round < 50; round++) {
            List<RedemptionOutcome> outcomes = race(1, 2);

            assertThat(outcomes)
                    .filteredOn(RedemptionOutcome.Redeemed.class::isInstance)
                    .hasSize(1);
            assertThat(outcomes)
                    .filteredOn(RedemptionOutcome.UsedUpToken.class::isInstance)
                    .hasSize(1);
        }
    }

    @Test
    void tenUsersRacingForThreeUseToken_exactlyThreeWin() {
        for (int round = 0; round < 5; round++) {
            List<RedemptionOutcome> outcomes = race(3, 10);

            assertThat(outcomes)
                    .filteredOn(RedemptionOutcome.Redeemed.class::isInstance)
                    .hasSize(3);
            assertThat(outcomes)
                    .filteredOn(RedemptionOutcome.UsedUpToken.class::isInstance)
                    .hasSize(7);
        }
    }

    /** Starts {@code users} redemptions of one fresh token at the same instant and waits for every answer. */
    private List<RedemptionOutcome> race(int maxUses, int users) {
        Instant now = Instant.now();
        MintedToken minted = Tokens.stored(tokens, VipDuration.ofDays(1), maxUses, now, Duration.ofDays(1));
        List<Long> userIds =
                IntStream.range(0, users).mapToObj(i -> TestIds.user()).toList();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<RedemptionOutcome>> attempts = userIds.stream()
                .map(user -> CompletableFuture.supplyAsync(
                        () -> {
                            awaitQuietly(start);
                            return Await.result(
                                    ledger.redeem(minted.token().hash(), user, now, ReminderSchedule.DEFAULT));
                        },
                        racers))
                .toList();
        start.countDown();
        List<RedemptionOutcome> outcomes =
                attempts.stream().map(CompletableFuture::join).toList();
        long subscribed = userIds.stream()
                .filter(user -> Await.result(subscriptions.find(user)).isPresent())
                .count();
        assertThat(subscribed).as("subscriptions created").isEqualTo(Math.min(maxUses, users));
        return outcomes;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

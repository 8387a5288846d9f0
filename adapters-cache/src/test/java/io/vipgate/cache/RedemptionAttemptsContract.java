package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.token.port.out.RedemptionAttempts;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link RedemptionAttempts} promises: five failed attempts a window, then a wait. */
abstract class RedemptionAttemptsContract {

    protected abstract RedemptionAttempts attempts();

    protected abstract Duration window();

    protected Optional<Duration> blockedFor(long user) {
        return attempts().blockedFor(user).toCompletableFuture().join();
    }

    protected void fail(long user, int times) {
        for (int i = 0; i < times; i++) {
            attempts().recordFailure(user).toCompletableFuture().join();
        }
    }

    @Test
    void fiveFailedAttempts_areAllowed_theSixthIsBlockedForAtMostTheWindow() {
        long user = Subscriptions.randomUserId();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(blockedFor(user)).as("attempt %d", attempt).isEmpty();
            fail(user, 1);
        }

        assertThat(blockedFor(user))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(window()));
    }

    @Test
    void otherUsers_areUnaffected() {
        long blocked = Subscriptions.randomUserId();
        long other = Subscriptions.randomUserId();
        fail(blocked, 5);
        fail(other, 4);

        assertThat(blockedFor(blocked)).isPresent();
        assertThat(blockedFor(other)).isEmpty();
    }
}

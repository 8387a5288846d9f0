package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Eventually;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Bounded waits for the cache tests: a condition or a latch, and a failure after ten seconds instead of a hang. */
final class Await {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private Await() {}

    static void until(BooleanSupplier condition) {
        Eventually.until("the condition holds", LIMIT, condition);
    }

    static void until(CountDownLatch latch) {
        try {
            assertThat(latch.await(LIMIT.toMillis(), TimeUnit.MILLISECONDS))
                    .as("waited %s", LIMIT)
                    .isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}

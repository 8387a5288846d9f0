package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Bounded waits for tests: short sleeps, and a failure after ten seconds instead of a hang. */
final class Await {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private Await() {
    }

    static void until(BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", LIMIT).isLessThan(deadline);
            sleep(100);
        }
    }

    static void until(CountDownLatch latch) {
        try {
            assertThat(latch.await(LIMIT.toMillis(), TimeUnit.MILLISECONDS)).as("waited %s", LIMIT).isTrue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}

package io.vipgate.application.fakes;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The one wait of every module's tests: checks a condition in short steps and fails after a bound, instead of
 * sleeping a fixed time.
 */
public final class Eventually {

    private static final Duration DEFAULT_LIMIT = Duration.ofSeconds(20);
    private static final long STEP_MILLIS = 20;

    private Eventually() {}

    public static void until(String what, BooleanSupplier condition) {
        until(what, DEFAULT_LIMIT, condition);
    }

    public static void until(String what, Duration limit, BooleanSupplier condition) {
        until(limit, condition, () -> "timed out after " + limit + " waiting until " + what);
    }

    /** As {@link #until(String, Duration, BooleanSupplier)}, with a failure message built only when it fails. */
    public static void until(Duration limit, BooleanSupplier condition, Supplier<String> failure) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure.get());
            }
            try {
                Thread.sleep(STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting: " + failure.get(), e);
            }
        }
    }
}

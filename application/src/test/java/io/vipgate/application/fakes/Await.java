package io.vipgate.application.fakes;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for an answer on the test thread within a bound, failing the test rather than hanging it; rethrows the cause. */
public final class Await {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    private Await() {}

    public static <T> T result(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failure) {
            throw failure.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException(failure.getCause());
        } catch (InterruptedException | TimeoutException failure) {
            throw new IllegalStateException(failure);
        }
    }
}

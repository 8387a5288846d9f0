package io.vipgate.application.contract;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** What every port contract needs: a result within a bound, and ids no other test uses. */
final class Contracts {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    private Contracts() {
    }

    static <T> T await(CompletionStage<T> stage) {
        try {
            return stage.toCompletableFuture().get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the port did not answer: " + e, e);
        }
    }

    /** A fresh id per call, so a contract can run against a database other tests share. */
    static long freshId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000_000L);
    }
}

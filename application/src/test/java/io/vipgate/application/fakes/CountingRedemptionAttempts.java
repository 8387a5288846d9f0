package io.vipgate.application.fakes;

import io.vipgate.application.token.port.out.RedemptionAttempts;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Counts failed attempts per user and blocks a user for {@code block} once they reach {@code limit}. */
public final class CountingRedemptionAttempts implements RedemptionAttempts {

    private final int limit;
    private final Duration block;
    private final Map<Long, Integer> failures = new HashMap<>();

    public CountingRedemptionAttempts(int limit, Duration block) {
        this.limit = limit;
        this.block = block;
    }

    @Override
    public CompletionStage<Optional<Duration>> blockedFor(long userId) {
        return CompletableFuture.completedFuture(failures(userId) >= limit ? Optional.of(block) : Optional.empty());
    }

    @Override
    public CompletionStage<Void> recordFailure(long userId) {
        failures.merge(userId, 1, Integer::sum);
        return CompletableFuture.completedFuture(null);
    }

    public int failures(long userId) {
        return failures.getOrDefault(userId, 0);
    }
}

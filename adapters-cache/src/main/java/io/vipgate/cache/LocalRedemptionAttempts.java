package io.vipgate.cache;

import io.vipgate.application.token.port.out.RedemptionAttempts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/** Failed token attempts per user in a fixed window, in this process only: the limit when there is no Redis. */
public final class LocalRedemptionAttempts implements RedemptionAttempts {

    // Windows are dropped once this many users are tracked and theirs have ended, so memory stays bounded.
    private static final int PRUNE_ABOVE = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final ConcurrentHashMap<Long, Window> windows = new ConcurrentHashMap<>();

    public LocalRedemptionAttempts(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public CompletionStage<Optional<Duration>> blockedFor(long userId) {
        Instant now = clock.instant();
        Optional<Duration> wait = Optional.ofNullable(windows.get(userId))
                .filter(w -> w.failures() >= limit && w.endsAt().isAfter(now))
                .map(w -> Duration.between(now, w.endsAt()));
        return CompletableFuture.completedFuture(wait);
    }

    @Override
    public CompletionStage<Void> recordFailure(long userId) {
        Instant now = clock.instant();
        windows.compute(
                userId,
                (id, current) -> current == null || !current.endsAt().isAfter(now)
                        ? new Window(now.plus(window), 1)
                        : new Window(current.endsAt(), current.failures() + 1));
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(w -> !w.endsAt().isAfter(now));
        }
        return CompletableFuture.completedFuture(null);
    }

    private record Window(Instant endsAt, int failures) {}
}

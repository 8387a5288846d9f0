package io.vipgate.application.fakes;

import io.vipgate.application.update.port.out.UpdateLog;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Update ids in a map, with the moment each was first taken in. */
public final class InMemoryUpdateLog implements UpdateLog {

    private final Map<Long, Instant> firstSeen = new HashMap<>();

    @Override
    public synchronized CompletionStage<Boolean> firstDelivery(long updateId, Instant now) {
        return CompletableFuture.completedFuture(firstSeen.putIfAbsent(updateId, now) == null);
    }

    @Override
    public synchronized CompletionStage<Void> release(long updateId) {
        firstSeen.remove(updateId);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<Long> forgetBefore(Instant cutoff) {
        long before = firstSeen.size();
        firstSeen.values().removeIf(seen -> seen.isBefore(cutoff));
        return CompletableFuture.completedFuture(before - firstSeen.size());
    }

    public Optional<Instant> firstSeen(long updateId) {
        return Optional.ofNullable(firstSeen.get(updateId));
    }
}

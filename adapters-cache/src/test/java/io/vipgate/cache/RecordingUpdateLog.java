package io.vipgate.cache;

import io.vipgate.application.update.port.out.UpdateClaim;
import io.vipgate.application.update.port.out.UpdateLog;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The fallback update log (PostgreSQL in production): in memory, recording every call it gets. */
final class RecordingUpdateLog implements UpdateLog {

    private final Set<Long> seen = ConcurrentHashMap.newKeySet();
    final List<Long> deliveries = new CopyOnWriteArrayList<>();
    final List<Long> dones = new CopyOnWriteArrayList<>();
    final List<Long> releases = new CopyOnWriteArrayList<>();
    final List<Instant> cutoffs = new CopyOnWriteArrayList<>();

    @Override
    public CompletionStage<UpdateClaim> claim(long updateId, String owner, Instant now, Instant staleBefore) {
        deliveries.add(updateId);
        return CompletableFuture.completedFuture(seen.add(updateId) ? UpdateClaim.CLAIMED : UpdateClaim.DONE);
    }

    @Override
    public CompletionStage<Void> done(long updateId) {
        dones.add(updateId);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> release(long updateId, String owner) {
        releases.add(updateId);
        seen.remove(updateId);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Long> forgetBefore(Instant cutoff) {
        cutoffs.add(cutoff);
        return CompletableFuture.completedFuture(0L);
    }
}

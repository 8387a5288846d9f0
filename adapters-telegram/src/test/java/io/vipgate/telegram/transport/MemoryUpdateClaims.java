package io.vipgate.telegram.transport;

import io.vipgate.application.update.port.in.AcceptUpdateUseCase;
import io.vipgate.application.update.port.out.UpdateClaim;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Update claims of one owner in memory: claimed, then done. {@link #busyElsewhere} holds ids another replica
 * claimed; {@link #down} makes claiming fail as a database outage would.
 */
final class MemoryUpdateClaims implements AcceptUpdateUseCase {

    final Set<Long> claimed = ConcurrentHashMap.newKeySet();
    final Set<Long> done = ConcurrentHashMap.newKeySet();
    final Set<Long> busyElsewhere = ConcurrentHashMap.newKeySet();
    final List<Long> released = new CopyOnWriteArrayList<>();
    volatile boolean down;
    volatile boolean releaseDown;
    volatile boolean doneDown;

    @Override
    public CompletionStage<UpdateClaim> claim(long updateId) {
        if (down) {
            return CompletableFuture.failedFuture(new IllegalStateException("Connection refused: db:5432"));
        }
        if (done.contains(updateId)) {
            return CompletableFuture.completedFuture(UpdateClaim.DONE);
        }
        if (busyElsewhere.contains(updateId)) {
            return CompletableFuture.completedFuture(UpdateClaim.BUSY);
        }
        claimed.add(updateId);
        return CompletableFuture.completedFuture(UpdateClaim.CLAIMED);
    }

    @Override
    public CompletionStage<Void> done(long updateId) {
        if (doneDown) {
            return CompletableFuture.failedFuture(new IllegalStateException("Connection refused: db:5432"));
        }
        done.add(updateId);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> release(long updateId) {
        if (releaseDown) {
            return CompletableFuture.failedFuture(new IllegalStateException("Connection refused: db:5432"));
        }
        released.add(updateId);
        claimed.remove(updateId);
        return CompletableFuture.completedFuture(null);
    }
}

package io.vipgate.telegram.transport;

import io.vipgate.application.update.port.in.AcceptUpdateUseCase;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Update claims in memory; {@link #down} makes claiming fail as a database outage would. */
final class MemoryUpdateClaims implements AcceptUpdateUseCase {

    final Set<Long> claimed = ConcurrentHashMap.newKeySet();
    final List<Long> released = new CopyOnWriteArrayList<>();
    volatile boolean down;
    volatile boolean releaseDown;

    @Override
    public CompletionStage<Boolean> claim(long updateId) {
        if (down) {
            return CompletableFuture.failedFuture(new IllegalStateException("Connection refused: db:5432"));
        }
        return CompletableFuture.completedFuture(claimed.add(updateId));
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

package io.vipgate.persistence.update;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Writes done marks in batches without a timer: the first mark goes out at once, and the marks that arrive while
 * a write is in flight go out together in the next one. Under load this turns a statement per update into a
 * statement per round trip; when idle it adds no delay. Each caller's stage completes with its batch's write.
 */
final class DoneMarks {

    private final Function<Long[], CompletionStage<?>> write;
    private List<Long> pending = new ArrayList<>();
    private CompletableFuture<Void> pendingDone = new CompletableFuture<>();
    private boolean writing;

    /** {@code write} marks every id of its argument done in one statement. */
    DoneMarks(Function<Long[], CompletionStage<?>> write) {
        this.write = write;
    }

    CompletionStage<Void> mark(long updateId) {
        CompletableFuture<Void> done;
        synchronized (this) {
            pending.add(updateId);
            done = pendingDone;
            if (writing) {
                return done;
            }
            writing = true;
        }
        flush();
        return done;
    }

    private void flush() {
        List<Long> batch;
        CompletableFuture<Void> batchDone;
        synchronized (this) {
            if (pending.isEmpty()) {
                writing = false;
                return;
            }
            batch = pending;
            batchDone = pendingDone;
            pending = new ArrayList<>();
            pendingDone = new CompletableFuture<>();
        }
        CompletionStage<?> written;
        try {
            written = write.apply(batch.toArray(Long[]::new));
        } catch (RuntimeException failure) {
            written = CompletableFuture.failedFuture(failure);
        }
        written.whenComplete((ignored, failure) -> {
            if (failure == null) {
                batchDone.complete(null);
            } else {
                batchDone.completeExceptionally(failure);
            }
            flush();
        });
    }
}

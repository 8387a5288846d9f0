package io.vipgate.application.jobs;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Asynchronous loops that do not grow the stack: a step that has already completed (as in-memory fakes do) is
 * followed in the same frame instead of in a nested callback, so a job over ten thousand rows cannot overflow.
 */
public final class AsyncLoop {

    private AsyncLoop() {}

    /** Runs {@code step} again and again, one at a time, until it answers false or fails. */
    public static CompletionStage<Void> whileTrue(Supplier<? extends CompletionStage<Boolean>> step) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        new Runner(step, done).next();
        return done;
    }

    /** Runs {@code step} on each item in order, each after the previous one completed; stops at a failure. */
    public static <T> CompletionStage<Void> forEach(List<T> items, Function<T, ? extends CompletionStage<?>> step) {
        Iterator<T> remaining = items.iterator();
        return whileTrue(() -> remaining.hasNext()
                ? step.apply(remaining.next()).thenApply(ignored -> true)
                : CompletableFuture.completedFuture(false));
    }

    private record Runner(Supplier<? extends CompletionStage<Boolean>> step, CompletableFuture<Void> done) {

        void next() {
            while (true) {
                CompletableFuture<Boolean> current;
                try {
                    current = step.get().toCompletableFuture();
                } catch (RuntimeException failure) {
                    done.completeExceptionally(failure);
                    return;
                }
                if (!current.isDone()) {
                    current.whenComplete(this::settle);
                    return;
                }
                Boolean more;
                try {
                    more = current.join();
                } catch (CompletionException | CancellationException failure) {
                    done.completeExceptionally(failure instanceof CompletionException ? failure.getCause() : failure);
                    return;
                }
                if (!Boolean.TRUE.equals(more)) {
                    done.complete(null);
                    return;
                }
            }
        }

        /** Picks the loop up again after a step that completed later, on whichever thread completed it. */
        private void settle(Boolean more, Throwable failure) {
            if (failure != null) {
                done.completeExceptionally(failure instanceof CompletionException ? failure.getCause() : failure);
            } else if (Boolean.TRUE.equals(more)) {
                next();
            } else {
                done.complete(null);
            }
        }
    }
}

package io.vipgate.cache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** At most one run of some work per key at a time in this process; concurrent callers share its result. */
final class SingleFlight<K, V> {

    private final ConcurrentHashMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

    CompletionStage<V> run(K key, Supplier<CompletionStage<V>> work) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> current = running.putIfAbsent(key, mine);
        if (current != null) {
            return current.copy();
        }
        try {
            work.get().whenComplete((value, failure) -> {
                // Leave before completing: a caller woken by the result and asking again starts afresh.
                running.remove(key, mine);
                if (failure != null) {
                    mine.completeExceptionally(failure);
                } else {
                    mine.complete(value);
                }
            });
        } catch (RuntimeException failure) {
            running.remove(key, mine);
            mine.completeExceptionally(failure);
        }
        return mine.copy();
    }

    /** Lets the next caller start a new run instead of joining one that may have read outdated data. */
    void forget(K key) {
        running.remove(key);
    }
}

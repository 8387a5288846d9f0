package io.vipgate.cache;

import io.vipgate.domain.subscription.Subscription;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** A loader standing in for PostgreSQL: answers a fixed snapshot after a delay and counts its calls. */
final class CountingLoader implements Supplier<CompletionStage<Optional<Subscription>>> {

    private final Optional<Subscription> value;
    private final Duration delay;
    private final AtomicInteger calls = new AtomicInteger();

    CountingLoader(Optional<Subscription> value, Duration delay) {
        this.value = value;
        this.delay = delay;
    }

    static CountingLoader of(Optional<Subscription> value) {
        return new CountingLoader(value, Duration.ZERO);
    }

    static CountingLoader of(Subscription value) {
        return of(Optional.of(value));
    }

    @Override
    public CompletionStage<Optional<Subscription>> get() {
        calls.incrementAndGet();
        return CompletableFuture.supplyAsync(
                () -> value, CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    int calls() {
        return calls.get();
    }
}

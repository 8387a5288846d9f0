package io.vipgate.persistence.support;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Runs each port call on a fresh duplicated Vert.x context. Hibernate Reactive keeps its session in the
 * context, so a fresh one gives every call its own session and transaction, from any calling thread
 * (event loop, worker, scheduler or test), and never lets two concurrent calls share a session.
 */
@ApplicationScoped
public class ReactiveWork {

    private final Vertx vertx;

    ReactiveWork(Vertx vertx) {
        this.vertx = vertx;
    }

    public <T> CompletionStage<T> run(Supplier<Uni<T>> work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(ignored -> {
            try {
                work.get().subscribe().with(result::complete, result::completeExceptionally);
            } catch (RuntimeException failure) {
                result.completeExceptionally(failure);
            }
        });
        return result;
    }
}

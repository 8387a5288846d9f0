package io.vipgate.telegram.command;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Bridges the application's {@link CompletionStage}s into Mutiny, lazily, so a use case that throws fails the Uni. */
public final class Async {

    private Async() {}

    public static <T> Uni<T> uni(Supplier<? extends CompletionStage<? extends T>> call) {
        return Uni.createFrom().<T>deferred(() -> Uni.createFrom().completionStage(call.get()));
    }
}

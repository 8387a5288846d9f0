package io.vipgate.application.fakes;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Waits for the (already completed) stages the services return. */
public final class Stages {

    private Stages() {}

    public static <T> T join(CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }

    /** The failure of a call, whether it threw at once or returned a failed stage; fails if it succeeded. */
    public static Throwable failureOf(Supplier<? extends CompletionStage<?>> call) {
        try {
            call.get().toCompletableFuture().join();
        } catch (CompletionException e) {
            return e.getCause();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected the call to fail, but it succeeded");
    }
}

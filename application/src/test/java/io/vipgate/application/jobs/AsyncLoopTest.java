package io.vipgate.application.jobs;

import static io.vipgate.application.fakes.Stages.failureOf;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The job loops: in order, one step at a time, stopping at a failure, and never deeper than one frame per step. */
class AsyncLoopTest {

    @Test
    void aMillionStepsThatCompleteAtOnce_doNotOverflowTheStack() {
        AtomicInteger steps = new AtomicInteger();

        join(AsyncLoop.whileTrue(() -> CompletableFuture.completedFuture(steps.incrementAndGet() < 1_000_000)));

        assertThat(steps).hasValue(1_000_000);
    }

    @Test
    void stepsThatCompleteLater_runInOrder_oneAtATime() {
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        List<Integer> started = new ArrayList<>();

        CompletableFuture<Void> loop = AsyncLoop.forEach(List.of(1, 2, 3), item -> {
                    started.add(item);
                    CompletableFuture<Void> step = new CompletableFuture<>();
                    pending.add(step);
                    return step;
                })
                .toCompletableFuture();

        assertThat(started).containsExactly(1);
        pending.get(0).complete(null);
        assertThat(started).containsExactly(1, 2);
        pending.get(1).complete(null);
        pending.get(2).complete(null);
        assertThat(loop).isCompleted();
    }

    @Test
    void aFailingStep_stopsTheLoop_andFailsIt() {
        List<Integer> seen = new ArrayList<>();

        Throwable failure =
                failureOf(() -> AsyncLoop.forEach(IntStream.range(0, 5).boxed().toList(), item -> {
                    seen.add(item);
                    return item == 2
                            ? CompletableFuture.failedFuture(new IllegalStateException("boom"))
                            : CompletableFuture.completedFuture(null);
                }));

        assertThat(failure).hasMessage("boom");
        assertThat(seen).containsExactly(0, 1, 2);
    }

    @Test
    void aStepThatThrows_failsTheLoop() {
        assertThat(failureOf(() -> AsyncLoop.whileTrue(() -> {
                    throw new IllegalArgumentException("thrown");
                })))
                .hasMessage("thrown");
    }
}

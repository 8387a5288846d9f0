package io.vipgate.persistence.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** Done marks: the first goes out at once; those arriving meanwhile share the next write, and see its failure. */
class DoneMarksTest {

    private final List<List<Long>> writes = new ArrayList<>();
    private final List<CompletableFuture<Void>> inFlight = new ArrayList<>();
    private final DoneMarks marks = new DoneMarks(ids -> {
        writes.add(List.of(ids));
        CompletableFuture<Void> write = new CompletableFuture<>();
        inFlight.add(write);
        return write;
    });

    @Test
    void marksArrivingWhileAWriteIsInFlight_goOutTogether_inTheNextWrite() {
        CompletionStage<Void> first = marks.mark(1);
        CompletionStage<Void> second = marks.mark(2);
        CompletionStage<Void> third = marks.mark(3);

        assertThat(writes).containsExactly(List.of(1L));
        assertThat(first.toCompletableFuture()).isNotDone();
        inFlight.get(0).complete(null);

        assertThat(first.toCompletableFuture()).isCompleted();
        assertThat(writes).containsExactly(List.of(1L), List.of(2L, 3L));
        assertThat(second.toCompletableFuture()).isNotDone();
        inFlight.get(1).complete(null);
        assertThat(third.toCompletableFuture()).isCompleted();

        marks.mark(4);
        assertThat(writes).as("idle again: at once").hasSize(3).last().isEqualTo(List.of(4L));
    }

    @Test
    void aFailedWrite_failsItsOwnMarks_only_andTheNextBatchStillGoesOut() {
        CompletionStage<Void> first = marks.mark(1);
        CompletionStage<Void> second = marks.mark(2);

        inFlight.get(0).completeExceptionally(new IllegalStateException("connection refused"));

        assertThat(first.toCompletableFuture()).isCompletedExceptionally();
        assertThat(writes).containsExactly(List.of(1L), List.of(2L));
        inFlight.get(1).complete(null);
        assertThat(second.toCompletableFuture()).isCompleted();
    }
}

package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;
import io.vipgate.telegram.inbound.Update;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Works through one {@code getUpdates} answer in order, and keeps the offset: it moves past an update only once
 * that update was handled (or found to be a repeat), so that whatever was not handled comes again. The batch ends
 * (and the next {@code getUpdates} confirms the offset to Telegram) only once every reply of it went out and its
 * update was marked done: a crash before that re-delivers the update, and its reply with it.
 */
final class PollBatch {

    private final UpdateIntake intake;
    private final ReplySender replies;
    private volatile int offset;

    PollBatch(UpdateIntake intake, ReplySender replies) {
        this.intake = intake;
        this.replies = replies;
    }

    /** The offset for the next {@code getUpdates}: one past the last update handled. */
    int offset() {
        return offset;
    }

    /** True when every update was handled, or {@code stopping} asked to leave the rest for after the restart. */
    Uni<Boolean> handle(List<Update> updates, BooleanSupplier stopping) {
        List<CompletableFuture<Void>> settling = new ArrayList<>();
        return handleFrom(updates, 0, stopping, settling)
                .call(() -> Uni.createFrom()
                        .completionStage(CompletableFuture.allOf(settling.toArray(CompletableFuture[]::new))));
    }

    private Uni<Boolean> handleFrom(
            List<Update> updates, int index, BooleanSupplier stopping, List<CompletableFuture<Void>> settling) {
        if (index >= updates.size() || stopping.getAsBoolean()) {
            return Uni.createFrom().item(true);
        }
        Update update = updates.get(index);
        return intake.take(update).chain(outcome -> switch (outcome) {
            case UpdateIntake.Outcome.Handled handled -> {
                // Sent without waiting: the per-chat pacing must not hold up other chats' updates.
                CompletableFuture<?> sent = handled.reply()
                        .<CompletableFuture<?>>map(replies::send)
                        .orElseGet(() -> CompletableFuture.completedFuture(null));
                settling.add(sent.thenCompose(ignored -> intake.settle(update).subscribeAsCompletionStage()));
                offset = update.updateId() + 1;
                yield handleFrom(updates, index + 1, stopping, settling);
            }
            case UpdateIntake.Outcome.Duplicate duplicate -> {
                offset = update.updateId() + 1;
                yield handleFrom(updates, index + 1, stopping, settling);
            }
            case UpdateIntake.Outcome.Unavailable unavailable ->
                Uni.createFrom().item(false);
        });
    }
}

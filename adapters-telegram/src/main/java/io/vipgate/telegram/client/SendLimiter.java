package io.vipgate.telegram.client;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Queues outbound sends so that they stay under an overall rate and a per-chat interval; a burst waits on Vert.x
 * timers, in order, and is never dropped.
 */
final class SendLimiter {

    private static final int IDLE_CHATS_KEPT = 1024;

    private final Vertx vertx;
    private final long globalIntervalNanos;
    private final long chatIntervalNanos;
    private final Map<Long, CompletableFuture<Long>> lastReleaseByChat = new HashMap<>();
    private CompletableFuture<Long> lastGlobalRelease;

    SendLimiter(Vertx vertx, int messagesPerSecond, Duration perChatInterval) {
        if (messagesPerSecond < 1 || perChatInterval.isNegative()) {
            throw new IllegalArgumentException("messagesPerSecond must be >= 1 and perChatInterval >= 0");
        }
        this.vertx = vertx;
        this.globalIntervalNanos = Duration.ofSeconds(1).toNanos() / messagesPerSecond;
        this.chatIntervalNanos = perChatInterval.toNanos();
        this.lastGlobalRelease = CompletableFuture.completedFuture(System.nanoTime() - globalIntervalNanos);
    }

    /** Completes when one message to {@code chatId} may go out; queued behind earlier messages to that chat. */
    Uni<Void> acquire(long chatId) {
        return Uni.createFrom()
                .deferred(() -> Uni.createFrom().completionStage(enqueue(chatId)))
                .replaceWithVoid();
    }

    private CompletableFuture<Long> enqueue(long chatId) {
        CompletableFuture<Long> released = new CompletableFuture<>();
        CompletableFuture<Long> previous;
        synchronized (this) {
            long now = System.nanoTime();
            previous =
                    lastReleaseByChat.getOrDefault(chatId, CompletableFuture.completedFuture(now - chatIntervalNanos));
            lastReleaseByChat.put(chatId, released);
            forgetIdleChats(now);
        }
        previous.handle((previousAt, error) -> previousAt == null ? System.nanoTime() - chatIntervalNanos : previousAt)
                .thenCompose(previousAt -> waitUntil(previousAt + chatIntervalNanos))
                .thenCompose(ignored -> globalTurn())
                .whenComplete((ignored, error) -> released.complete(System.nanoTime()));
        // A copy, so that a subscriber cancelling its wait cannot break the chain for the next message.
        return released.copy();
    }

    /**
     * Waits one interval after the previous message actually went out, not after the moment it was due: when a
     * stalled event loop fires timers late, the queue slows down instead of catching up in a burst.
     */
    private CompletableFuture<Void> globalTurn() {
        CompletableFuture<Long> mine = new CompletableFuture<>();
        CompletableFuture<Long> previous;
        synchronized (this) {
            previous = lastGlobalRelease;
            lastGlobalRelease = mine;
        }
        return previous.thenCompose(previousAt -> waitUntil(previousAt + globalIntervalNanos))
                .whenComplete((ignored, error) -> mine.complete(System.nanoTime()));
    }

    private CompletableFuture<Void> waitUntil(long deadlineNanos) {
        long delayNanos = deadlineNanos - System.nanoTime();
        if (delayNanos <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        long delayMillis = Math.max(1, (delayNanos + 999_999) / 1_000_000);
        vertx.setTimer(delayMillis, id -> done.complete(null));
        return done;
    }

    private void forgetIdleChats(long now) {
        if (lastReleaseByChat.size() > IDLE_CHATS_KEPT) {
            lastReleaseByChat
                    .values()
                    .removeIf(release -> release.isDone() && now - release.getNow(now) >= chatIntervalNanos);
        }
    }
}

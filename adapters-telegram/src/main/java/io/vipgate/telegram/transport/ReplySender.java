package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.telegram.client.BotApiClient;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * Sends the polling transport's replies without holding up the next update: messages through the paced
 * {@link Deliveries}, other calls (answering a button) straight away. Shutdown waits for those still queued.
 */
public final class ReplySender {

    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(10);

    private final BotApiClient client;
    private final Deliveries deliveries;
    private final Set<CompletableFuture<Delivery>> inFlight = ConcurrentHashMap.newKeySet();

    public ReplySender(BotApiClient client, Deliveries deliveries) {
        this.client = client;
        this.deliveries = deliveries;
    }

    /** Queues {@code method}; the answer completes once it went out or failed for good, never exceptionally. */
    public CompletableFuture<Delivery> send(BotApiMethod<?> method) {
        Uni<Delivery> sending = method instanceof SendMessage message
                ? deliveries.send(Long.parseLong(message.getChatId()), message)
                : client.call(method).replaceWith(Delivery.SENT).onFailure().recoverWithItem(Delivery.FAILED);
        CompletableFuture<Delivery> done = sending.subscribeAsCompletionStage();
        inFlight.add(done);
        done.whenComplete((delivery, failure) -> inFlight.remove(done));
        return done.exceptionally(failure -> Delivery.FAILED);
    }

    /** Completes once every reply queued so far went out, or after a bound, whichever comes first. */
    public Uni<Void> drain() {
        CompletableFuture<Void> all = CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new));
        return Uni.createFrom()
                .completionStage(all)
                .ifNoItem()
                .after(DRAIN_LIMIT)
                .recoverWithItem((Void) null)
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }
}

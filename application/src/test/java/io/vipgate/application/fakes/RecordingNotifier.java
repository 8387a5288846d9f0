package io.vipgate.application.fakes;

import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.domain.user.BotUser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Records every notice and answers with a scripted delivery outcome ({@link Delivery#SENT} unless told). */
public final class RecordingNotifier implements Notifier {

    /** One notice as it was handed over. */
    public record Sent(BotUser recipient, Notice notice) {}

    private final List<Sent> sent = new ArrayList<>();
    private Delivery answer = Delivery.SENT;

    @Override
    public synchronized CompletionStage<Delivery> send(BotUser recipient, Notice notice) {
        sent.add(new Sent(recipient, notice));
        return CompletableFuture.completedFuture(answer);
    }

    public synchronized void answer(Delivery delivery) {
        answer = delivery;
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }
}

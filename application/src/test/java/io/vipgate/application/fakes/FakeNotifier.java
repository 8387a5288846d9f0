package io.vipgate.application.fakes;

import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.domain.user.BotUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Records every message instead of sending it; answers with a chosen delivery, or breaks its promise. */
public final class FakeNotifier implements Notifier {

    /** One message as it would have gone out. */
    public record Sent(BotUser recipient, Notice notice) {}

    private final List<Sent> sent = new ArrayList<>();
    private Delivery answer = Delivery.SENT;
    private final Map<Long, Delivery> answers = new HashMap<>();
    private boolean broken;

    @Override
    public CompletionStage<Delivery> send(BotUser recipient, Notice notice) {
        sent.add(new Sent(recipient, notice));
        if (broken) {
            return CompletableFuture.failedFuture(new IllegalStateException("notifier bug"));
        }
        return CompletableFuture.completedFuture(answers.getOrDefault(recipient.id(), answer));
    }

    public void answerWith(Delivery delivery) {
        answer = delivery;
    }

    /** Answers messages to {@code userId} with {@code delivery}, whatever the others get. */
    public void answerFor(long userId, Delivery delivery) {
        answers.put(userId, delivery);
    }

    /** The notices sent to one user, in order. */
    public List<Notice> sentTo(long userId) {
        return sent.stream()
                .filter(s -> s.recipient().id() == userId)
                .map(Sent::notice)
                .toList();
    }

    /** Fails the stage although the port promises never to: the caller must still cope. */
    public void breakPromise() {
        broken = true;
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }
}

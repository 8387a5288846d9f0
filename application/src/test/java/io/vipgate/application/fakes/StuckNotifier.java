package io.vipgate.application.fakes;

import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.domain.user.BotUser;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Passes messages on until it meets one user, then never answers again: a process frozen or killed mid-send. */
public final class StuckNotifier implements Notifier {

    private final Notifier next;
    private final long stuckAt;

    public StuckNotifier(Notifier next, long stuckAt) {
        this.next = next;
        this.stuckAt = stuckAt;
    }

    @Override
    public CompletionStage<Delivery> send(BotUser recipient, Notice notice) {
        return recipient.id() == stuckAt ? new CompletableFuture<>() : next.send(recipient, notice);
    }
}

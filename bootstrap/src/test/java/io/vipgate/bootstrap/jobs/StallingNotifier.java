package io.vipgate.bootstrap.jobs;

import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.domain.user.BotUser;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends the first messages to {@code watched} users, then never answers again: a process killed in the middle of a
 * broadcast. Messages to anyone else (an older broadcast's leftovers) pass through.
 */
final class StallingNotifier implements Notifier {

    private final Notifier notifier;
    private final Set<Long> watched;
    private final int sends;
    private final AtomicInteger asked = new AtomicInteger();
    private final AtomicLong stalledOn = new AtomicLong();

    StallingNotifier(Notifier notifier, Set<Long> watched, int sends) {
        this.notifier = notifier;
        this.watched = Set.copyOf(watched);
        this.sends = sends;
    }

    @Override
    public CompletionStage<Delivery> send(BotUser recipient, Notice notice) {
        if (!watched.contains(recipient.id()) || asked.incrementAndGet() <= sends) {
            return notifier.send(recipient, notice);
        }
        stalledOn.compareAndSet(0, recipient.id());
        return new CompletableFuture<>();
    }

    boolean stalled() {
        return stalledOn.get() != 0;
    }

    long stalledOn() {
        return stalledOn.get();
    }
}

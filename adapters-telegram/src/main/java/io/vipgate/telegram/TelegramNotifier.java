package io.vipgate.telegram;

import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.domain.user.BotUser;
import io.vipgate.telegram.i18n.Messages;
import io.vipgate.telegram.i18n.NoticeTexts;
import io.vipgate.telegram.i18n.Texts;
import io.vipgate.telegram.transport.Deliveries;
import io.vipgate.telegram.transport.Replies;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Notices as Telegram messages in the recipient's language, paced and with 403s recorded by {@link Deliveries}. */
final class TelegramNotifier implements Notifier {

    private final Deliveries deliveries;
    private final Texts texts;
    private final Clock clock;

    TelegramNotifier(Deliveries deliveries, Texts texts, Clock clock) {
        this.deliveries = deliveries;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public CompletionStage<Delivery> send(BotUser recipient, Notice notice) {
        try {
            Messages m = texts.forUser(recipient);
            return deliveries
                    .send(
                            recipient.id(),
                            Replies.message(recipient.id(), NoticeTexts.render(m, notice, clock.instant())))
                    .subscribeAsCompletionStage();
        } catch (RuntimeException unexpected) {
            // The port promises an outcome, never a failure: a job looping over users must not stop at one.
            return CompletableFuture.completedFuture(Delivery.FAILED);
        }
    }
}

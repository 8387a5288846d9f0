package io.vipgate.telegram.payment;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vipgate.application.payment.port.out.PaymentNotices;
import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.subscription.InviteLink;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.i18n.Html;
import io.vipgate.telegram.i18n.Messages;
import io.vipgate.telegram.i18n.Text;
import io.vipgate.telegram.i18n.Texts;
import io.vipgate.telegram.transport.Replies;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * Messages reconciliation sends: the buyer's access and link, and a word to each admin. They go out in the default
 * language (the job knows no update, hence no language), paced like every send; a failed one is logged, not retried.
 */
final class TelegramPaymentNotices implements PaymentNotices {

    private static final Logger LOG = Logger.getLogger(TelegramPaymentNotices.class);

    private final BotApiClient client;
    private final Texts texts;
    private final Set<Long> adminIds;

    TelegramPaymentNotices(BotApiClient client, Texts texts, Set<Long> adminIds) {
        this.client = client;
        this.texts = texts;
        this.adminIds = Set.copyOf(adminIds);
    }

    @Override
    public CompletionStage<Void> accessBought(long userId, Instant expiresAt, Optional<InviteLink> link) {
        Messages m = texts.fallback();
        return send(userId, PaymentUpdates.withLink(m, m.html(Text.ACCESS_BOUGHT, m.date(expiresAt)), link))
                .subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<Void> recovered(IncomingPayment payment, Instant expiresAt) {
        Messages m = texts.fallback();
        Html text = m.html(Text.RECOVERED, payment.amount(), payment.userId(), payment.chargeId(), m.date(expiresAt));
        return Multi.createFrom()
                .iterable(adminIds.stream().sorted().toList())
                .onItem()
                .transformToUniAndConcatenate(admin -> send(admin, text))
                .collect()
                .last()
                .replaceWithVoid()
                .subscribeAsCompletionStage();
    }

    private Uni<Void> send(long chatId, Html text) {
        return client.send(chatId, Replies.message(chatId, text))
                .replaceWithVoid()
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf("Payment notice not sent: chat_id=%d error=\"%s\"", chatId, failure.getMessage());
                    return null;
                });
    }
}

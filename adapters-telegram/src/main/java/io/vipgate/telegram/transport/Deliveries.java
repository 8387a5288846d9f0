package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.user.port.in.RecordUserUseCase;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.client.BotApiException;
import io.vipgate.telegram.command.Async;
import java.io.Serializable;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * Sends to a chat through the paced client and reports how it went, never failing. A user who blocked the bot
 * (or deleted their account) is marked unreachable, whichever send found out.
 */
public final class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class);

    private final BotApiClient client;
    private final RecordUserUseCase users;

    public Deliveries(BotApiClient client, RecordUserUseCase users) {
        this.client = client;
        this.users = users;
    }

    public <T extends Serializable> Uni<Delivery> send(long chatId, BotApiMethod<T> method) {
        return Uni.createFrom()
                .deferred(() -> client.send(chatId, method))
                .replaceWith(Delivery.SENT)
                .onFailure()
                .recoverWithUni(failure -> {
                    if (failure instanceof BotApiException.Forbidden forbidden
                            && unreachable(forbidden)
                            && chatId > 0) {
                        LOG.infof(
                                "User unreachable, marking: user_id=%d reason=\"%s\"", chatId, forbidden.description());
                        return Async.uni(() -> users.blockedBot(chatId))
                                .onFailure()
                                .invoke(e -> LOG.warnf("Could not mark user %d unreachable: %s", chatId, e))
                                .onItemOrFailure()
                                .transform((ignored, e) -> Delivery.BLOCKED);
                    }
                    LOG.warnf(
                            "Send failed: method=%s chat_id=%d error=\"%s\"",
                            method.getMethod(), chatId, failure.getMessage());
                    return Uni.createFrom().item(Delivery.FAILED);
                });
    }

    /** Blocked, or the account is gone: either way nothing will reach this user until they write again. */
    static boolean unreachable(BotApiException.Forbidden forbidden) {
        return forbidden.blockedByUser()
                || forbidden.description().toLowerCase(Locale.ROOT).contains("user is deactivated");
    }
}

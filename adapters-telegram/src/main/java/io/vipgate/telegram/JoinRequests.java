package io.vipgate.telegram;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.messaging.port.out.JoinDecision;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.client.BotApiException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.groupadministration.ApproveChatJoinRequest;
import org.telegram.telegrambots.meta.api.methods.groupadministration.DeclineChatJoinRequest;

/** Approves or declines a chat join request; a request already gone or a user already inside counts as settled. */
final class JoinRequests {

    private static final Logger LOG = Logger.getLogger(JoinRequests.class);
    private static final List<String> SETTLED = List.of("hide_requester_missing", "user_already_participant");

    private JoinRequests() {}

    static CompletionStage<JoinDecision> decide(BotApiClient client, long chatId, long userId, boolean approve) {
        Uni<Boolean> call = approve
                ? client.call(ApproveChatJoinRequest.builder()
                        .chatId(chatId)
                        .userId(userId)
                        .build())
                : client.call(DeclineChatJoinRequest.builder()
                        .chatId(chatId)
                        .userId(userId)
                        .build());
        return call.replaceWith(JoinDecision.DONE)
                .onFailure()
                .recoverWithItem(failure -> {
                    if (settled(failure)) {
                        return JoinDecision.ALREADY_SETTLED;
                    }
                    LOG.warnf(
                            "Join request not %s: chat_id=%d user_id=%d error=\"%s\"",
                            approve ? "approved" : "declined", chatId, userId, failure.getMessage());
                    return JoinDecision.FAILED;
                })
                .subscribeAsCompletionStage();
    }

    static boolean settled(Throwable failure) {
        if (!(failure instanceof BotApiException.BadRequest badRequest)) {
            return false;
        }
        String description = badRequest.description().toLowerCase(Locale.ROOT);
        return SETTLED.stream().anyMatch(description::contains);
    }
}

package io.vipgate.telegram;

import io.vipgate.domain.gate.RemovalRefusal;
import io.vipgate.telegram.client.BotApiException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a Bot API answer to a ban that will never succeed for this user apart from one worth retrying. Telegram's
 * descriptions are the only signal (the error codes are a plain 400 or 403), so these are matched on lower case.
 */
final class RemovalRefusals {

    private static final Map<RemovalRefusal, List<String>> DESCRIPTIONS = Map.of(
            RemovalRefusal.CHAT_OWNER, List.of("can't remove chat owner", "chat owner", "user_creator"),
            RemovalRefusal.CHAT_ADMINISTRATOR,
                    List.of(
                            "user is an administrator",
                            "user_admin_invalid",
                            "can't restrict self",
                            "can't remove self"),
            RemovalRefusal.MISSING_RIGHTS,
                    List.of(
                            "not enough rights",
                            "chat_admin_required",
                            "need administrator rights",
                            "have no rights",
                            "method is available only for supergroups"),
            RemovalRefusal.BOT_NOT_IN_CHAT,
                    List.of(
                            "bot is not a member",
                            "bot was kicked",
                            "chat not found",
                            "bot is not an administrator",
                            "peer_id_invalid",
                            "channel_private"));

    private RemovalRefusals() {}

    /** The refusal for good behind {@code failure}, if it is one; 429, 5xx and network errors never are. */
    static Optional<RemovalRefusal> of(Throwable failure) {
        if (!(failure instanceof BotApiException.BadRequest) && !(failure instanceof BotApiException.Forbidden)) {
            return Optional.empty();
        }
        String description = ((BotApiException) failure).description().toLowerCase(Locale.ROOT);
        // Owner before administrator: "can't remove chat owner" must not read as an administrator's refusal.
        for (RemovalRefusal refusal : List.of(
                RemovalRefusal.CHAT_OWNER,
                RemovalRefusal.CHAT_ADMINISTRATOR,
                RemovalRefusal.MISSING_RIGHTS,
                RemovalRefusal.BOT_NOT_IN_CHAT)) {
            if (DESCRIPTIONS.get(refusal).stream().anyMatch(description::contains)) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }
}

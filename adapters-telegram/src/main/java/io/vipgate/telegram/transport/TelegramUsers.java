package io.vipgate.telegram.transport;

import io.vipgate.domain.user.BotUser;
import io.vipgate.telegram.inbound.User;

/** Maps Telegram's user objects onto the domain's; Telegram types never leave this adapter. */
final class TelegramUsers {

    private TelegramUsers() {}

    static BotUser botUser(User user) {
        return BotUser.seen(user.id(), user.firstName(), user.lastName(), user.username(), user.languageCode());
    }

    /** A person who can be a customer: not another bot, and with the positive id every real user has. */
    static boolean isPerson(User user) {
        return user != null && !Boolean.TRUE.equals(user.isBot()) && user.id() != null && user.id() > 0;
    }
}

package io.vipgate.telegram.transport;

import io.vipgate.domain.user.BotUser;
import org.telegram.telegrambots.meta.api.objects.User;

/** Maps Telegram's user objects onto the domain's; Telegram types never leave this adapter. */
final class TelegramUsers {

    private TelegramUsers() {}

    static BotUser botUser(User user) {
        return BotUser.seen(
                user.getId(), user.getFirstName(), user.getLastName(), user.getUserName(), user.getLanguageCode());
    }

    /** A person who can be a customer: not another bot, and with the positive id every real user has. */
    static boolean isPerson(User user) {
        return user != null && !Boolean.TRUE.equals(user.getIsBot()) && user.getId() != null && user.getId() > 0;
    }
}

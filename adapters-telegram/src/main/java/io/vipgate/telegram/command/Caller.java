package io.vipgate.telegram.command;

import io.vipgate.domain.user.BotUser;
import io.vipgate.telegram.i18n.Messages;

/** Who sent a command, in which language they are answered, and whether they are an admin. */
public record Caller(BotUser user, Messages messages, boolean admin) {

    public long id() {
        return user.id();
    }
}

package io.vipgate.application.user;

import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.user.BotUser;
import java.util.concurrent.CompletionStage;

/** Looks users up for messages to them; one the bot never saw is still written to, in the default language. */
public final class KnownUsers {

    private KnownUsers() {}

    public static CompletionStage<BotUser> find(UserRepository users, long userId) {
        return users.find(userId).thenApply(found -> found.orElseGet(() -> BotUser.seen(userId, "", null, null, null)));
    }
}

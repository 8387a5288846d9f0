package io.vipgate.application.user;

import io.vipgate.application.user.port.in.RecordUserUseCase;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.user.BotUser;
import java.util.concurrent.CompletionStage;

/** Keeps the user table in step with what Telegram says about each sender. */
public final class RecordUserService implements RecordUserUseCase {

    private final UserRepository users;

    public RecordUserService(UserRepository users) {
        this.users = users;
    }

    @Override
    public CompletionStage<Void> seen(BotUser user) {
        return users.upsert(user);
    }

    @Override
    public CompletionStage<Void> blockedBot(long userId) {
        return users.markUnreachable(userId);
    }
}

package io.vipgate.application.user.port.out;

import io.vipgate.domain.user.BotUser;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The users the bot has seen. */
public interface UserRepository {

    /** Inserts or refreshes the user; writing a seen user also makes them reachable again. */
    CompletionStage<Void> upsert(BotUser user);

    CompletionStage<Optional<BotUser>> find(long userId);

    /** Marks the user as having blocked the bot; a user the bot never saw is recorded too. */
    CompletionStage<Void> markUnreachable(long userId);
}

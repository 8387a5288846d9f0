package io.vipgate.application.user.port.in;

import io.vipgate.domain.user.BotUser;
import java.util.concurrent.CompletionStage;

/** Every update refreshes its sender; a 403 marks them unreachable until they write again. */
public interface RecordUserUseCase {

    CompletionStage<Void> seen(BotUser user);

    CompletionStage<Void> blockedBot(long userId);
}

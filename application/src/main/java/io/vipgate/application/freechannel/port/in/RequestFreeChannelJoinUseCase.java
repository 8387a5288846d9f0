package io.vipgate.application.freechannel.port.in;

import io.vipgate.domain.freechannel.JoinRequest;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** A {@code chat_join_request} to the free channel: stored once per user, approved after the wait. */
public interface RequestFreeChannelJoinUseCase {

    CompletionStage<Queued> request(long userId, long chatId, long userChatId);

    /** The stored request and the moment it becomes approvable. */
    record Queued(JoinRequest request, Instant approvableAt) {}
}

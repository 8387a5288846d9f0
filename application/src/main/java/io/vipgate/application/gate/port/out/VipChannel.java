package io.vipgate.application.gate.port.out;

import io.vipgate.application.messaging.port.out.JoinDecision;
import io.vipgate.domain.subscription.InviteLink;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** The private VIP channel on Telegram. */
public interface VipChannel {

    /** A single-use invite link for one person, named after them, expiring at {@code expiresAt}. */
    CompletionStage<InviteLink> createInviteLink(long userId, String name, Instant expiresAt);

    /** Lets a join request in (an active subscriber's) or turns it away (anyone else's). */
    CompletionStage<JoinDecision> decideJoinRequest(long userId, boolean approve);

    /** Removes the user from the channel so that they can join again after renewing. */
    CompletionStage<Void> remove(long userId);
}

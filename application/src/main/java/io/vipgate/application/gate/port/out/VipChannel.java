package io.vipgate.application.gate.port.out;

import io.vipgate.application.messaging.port.out.JoinDecision;
import io.vipgate.domain.gate.MemberStatus;
import io.vipgate.domain.subscription.InviteLink;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** The private VIP channel on Telegram. */
public interface VipChannel {

    /**
     * A personal link named after one person, expiring at {@code expiresAt}, through which joining asks for approval
     * (so a forwarded copy lets nobody in: the join request of anyone without the right is declined).
     */
    CompletionStage<InviteLink> createInviteLink(long userId, String name, Instant expiresAt);

    /** Makes a link stop working; one already expired or revoked counts as done. */
    CompletionStage<Void> revokeInviteLink(String url);

    /** Lets a join request in (an active subscriber's) or turns it away (anyone else's). */
    CompletionStage<JoinDecision> decideJoinRequest(long userId, boolean approve);

    /**
     * Removes the user so that they can join again after renewing, but only if {@code stillWanted}, asked after any
     * wait Telegram imposed and right before the call, still says so: the decision is taken on the state committed
     * at that moment, not on what the caller saw earlier.
     */
    CompletionStage<Removal> remove(long userId, Supplier<CompletionStage<Boolean>> stillWanted);

    /** Removes the user unconditionally; a refusal for good fails the stage. */
    default CompletionStage<Void> remove(long userId) {
        return remove(userId, () -> CompletableFuture.completedFuture(true)).thenAccept(removal -> {
            if (removal instanceof Removal.Refused refused) {
                throw new IllegalStateException("Telegram refuses to remove user " + userId + ": " + refused.reason());
            }
        });
    }

    /** The user's standing in the channel as Telegram sees it now. */
    CompletionStage<MemberStatus> memberStatus(long userId);
}

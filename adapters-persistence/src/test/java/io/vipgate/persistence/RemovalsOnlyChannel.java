package io.vipgate.persistence;

import io.vipgate.application.messaging.port.out.JoinDecision;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.domain.subscription.InviteLink;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A VIP channel for job tests that only records removals. */
record RemovalsOnlyChannel(Collection<Long> removals) implements VipChannel {

    @Override
    public CompletionStage<InviteLink> createInviteLink(long userId, String name, Instant expiresAt) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<JoinDecision> decideJoinRequest(long userId, boolean approve) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<Void> remove(long userId) {
        removals.add(userId);
        return CompletableFuture.completedFuture(null);
    }
}

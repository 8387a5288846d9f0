package io.vipgate.persistence.jobs;

import io.vipgate.application.gate.port.out.Removal;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.application.messaging.port.out.JoinDecision;
import io.vipgate.domain.gate.MemberStatus;
import io.vipgate.domain.subscription.InviteLink;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * A VIP channel for job tests that records removals and links; {@code atBan} runs at the moment a ban is sent, after
 * the committed state was asked, to make something commit exactly then.
 */
record RemovalsOnlyChannel(Collection<Long> removals, Collection<Long> links, LongConsumer atBan)
        implements VipChannel {

    RemovalsOnlyChannel(Collection<Long> removals) {
        this(removals, new java.util.concurrent.ConcurrentLinkedQueue<>(), userId -> {});
    }

    @Override
    public CompletionStage<InviteLink> createInviteLink(long userId, String name, Instant expiresAt) {
        links.add(userId);
        return CompletableFuture.completedFuture(
                new InviteLink("https://t.me/+test" + userId + "n" + links.size(), expiresAt));
    }

    @Override
    public CompletionStage<Void> revokeInviteLink(String url) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<JoinDecision> decideJoinRequest(long userId, boolean approve) {
        throw new UnsupportedOperationException();
    }

    @Override
    public CompletionStage<Removal> remove(long userId, Supplier<CompletionStage<Boolean>> stillWanted) {
        // Off the event loop that answered: the hook may block on a commit of its own.
        return stillWanted.get().thenApplyAsync(wanted -> {
            if (!wanted) {
                return new Removal.NotWanted();
            }
            atBan.accept(userId);
            removals.add(userId);
            return new Removal.Removed();
        });
    }

    @Override
    public CompletionStage<MemberStatus> memberStatus(long userId) {
        throw new UnsupportedOperationException();
    }
}

package io.vipgate.application.gate;

import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.application.gate.port.out.VipChannel;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Mints a fresh personal invite link, for active subscribers only. */
public final class IssueInviteLinkService implements IssueInviteLinkUseCase {

    private final SubscriptionRepository subscriptions;
    private final VipChannel channel;
    private final BotPolicy policy;
    private final Clock clock;

    public IssueInviteLinkService(SubscriptionRepository subscriptions, VipChannel channel, BotPolicy policy,
                                  Clock clock) {
        this.subscriptions = subscriptions;
        this.channel = channel;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public CompletionStage<LinkResult> issue(long userId, String displayName) {
        Instant now = clock.instant();
        return subscriptions.find(userId).thenCompose(found -> {
            if (found.isEmpty() || !found.get().isActiveAt(now)) {
                return CompletableFuture.completedFuture(new LinkResult.NotActive());
            }
            return channel.createInviteLink(userId, displayName, now.plus(policy.inviteLinkLifetime()))
                    .thenApply(LinkResult.Issued::new);
        });
    }
}

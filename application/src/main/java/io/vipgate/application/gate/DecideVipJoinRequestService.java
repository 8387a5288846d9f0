package io.vipgate.application.gate;

import io.vipgate.application.gate.port.in.DecideVipJoinRequestUseCase;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.messaging.port.out.JoinDecision;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import java.time.Clock;
import java.util.concurrent.CompletionStage;

/** Approves VIP join requests of active subscribers and admins only, so that a leaked invite link lets nobody else in. */
public final class DecideVipJoinRequestService implements DecideVipJoinRequestUseCase {

    private final SubscriptionRepository subscriptions;
    private final VipChannel channel;
    private final BotPolicy policy;
    private final Clock clock;

    public DecideVipJoinRequestService(
            SubscriptionRepository subscriptions, VipChannel channel, BotPolicy policy, Clock clock) {
        this.subscriptions = subscriptions;
        this.channel = channel;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public CompletionStage<Verdict> decide(long userId) {
        return subscriptions.find(userId).thenCompose(found -> {
            boolean active = policy.isAdmin(userId)
                    || found.filter(subscription -> subscription.isActiveAt(clock.instant()))
                            .isPresent();
            return channel.decideJoinRequest(userId, active).thenApply(decision -> {
                if (decision == JoinDecision.FAILED) {
                    // Failing the update hands it back to Telegram, which delivers it again: no request left waiting.
                    throw new IllegalStateException("Telegram did not take the join request decision; retry later");
                }
                return new Verdict(active, decision);
            });
        });
    }
}

package io.vipgate.application.subscription;

import io.vipgate.application.subscription.port.in.KickSubscriberUseCase;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.application.gate.port.out.VipChannel;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Ends a subscription at once. The user leaves the channel before the ledger records it, so a failed
 * Telegram call leaves the subscription active for the admin to try again, never a revoked user inside.
 */
public final class KickSubscriberService implements KickSubscriberUseCase {

    private final SubscriptionRepository subscriptions;
    private final SubscriptionLedger ledger;
    private final VipChannel channel;
    private final Clock clock;

    public KickSubscriberService(SubscriptionRepository subscriptions, SubscriptionLedger ledger, VipChannel channel,
                                 Clock clock) {
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.channel = channel;
        this.clock = clock;
    }

    @Override
    public CompletionStage<KickResult> kick(long adminId, long userId) {
        return subscriptions.find(userId).thenCompose(found -> {
            if (found.isEmpty() || !found.get().isActiveAt(clock.instant())) {
                return CompletableFuture.completedFuture(new KickResult.NotSubscribed());
            }
            return channel.remove(userId)
                    .thenCompose(removed -> ledger.revoke(userId, adminId, clock.instant()))
                    .thenApply(revoked -> revoked.<KickResult>map(KickResult.Kicked::new)
                            .orElseGet(KickResult.NotSubscribed::new));
        });
    }
}

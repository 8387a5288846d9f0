package io.vipgate.application.subscription;

import io.vipgate.application.subscription.port.in.CheckStatusUseCase;
import io.vipgate.application.subscription.port.in.VipStatus;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Tells a user whether they are VIP now; an expiry the job has not processed yet already counts as ended. */
public final class CheckStatusService implements CheckStatusUseCase {

    private final SubscriptionRepository subscriptions;
    private final Clock clock;

    public CheckStatusService(SubscriptionRepository subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Override
    public CompletionStage<VipStatus> status(long userId) {
        return subscriptions.find(userId).thenApply(found -> statusOf(found, clock.instant()));
    }

    static VipStatus statusOf(Optional<Subscription> found, Instant now) {
        if (found.isEmpty()) {
            return new VipStatus.NeverSubscribed();
        }
        Subscription subscription = found.get();
        if (subscription.isActiveAt(now)) {
            return new VipStatus.Active(subscription.expiresAt());
        }
        return new VipStatus.Ended(subscription.expiresAt(), subscription.status() == SubscriptionStatus.REVOKED);
    }
}

package io.vipgate.application.subscription;

import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.subscription.port.in.ExtendSubscriptionUseCase;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.time.VipDuration;
import java.time.Clock;
import java.util.concurrent.CompletionStage;

/** Grants or stacks VIP time on an admin's word. */
public final class ExtendSubscriptionService implements ExtendSubscriptionUseCase {

    private final SubscriptionLedger ledger;
    private final BotPolicy policy;
    private final Clock clock;

    public ExtendSubscriptionService(SubscriptionLedger ledger, BotPolicy policy, Clock clock) {
        this.ledger = ledger;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public CompletionStage<Subscription> extend(long adminId, long userId, VipDuration duration) {
        if (userId <= 0) {
            throw new IllegalArgumentException("a Telegram user id is positive");
        }
        return ledger.extend(userId, duration, adminId, clock.instant(), policy.reminders());
    }
}

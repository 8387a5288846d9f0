package io.vipgate.application.subscription.port.in;

import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.time.VipDuration;
import java.util.concurrent.CompletionStage;

/** {@code /extend <user id> <duration>}: grant or stack VIP time without a token. */
public interface ExtendSubscriptionUseCase {

    CompletionStage<Subscription> extend(long adminId, long userId, VipDuration duration);
}

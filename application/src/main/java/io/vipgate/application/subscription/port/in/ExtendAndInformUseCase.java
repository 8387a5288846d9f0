package io.vipgate.application.subscription.port.in;

import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.time.VipDuration;
import java.util.concurrent.CompletionStage;

/** {@code /extend <user id> <duration>}: grant or stack VIP time, then tell the user, with a fresh invite link. */
public interface ExtendAndInformUseCase {

    /** Fails as {@link ExtendSubscriptionUseCase#extend} does; telling the user never fails the extension. */
    CompletionStage<Extended> extend(long adminId, long userId, VipDuration duration);

    /** The subscription as extended, and how telling the user went. */
    record Extended(Subscription subscription, Delivery told) {}
}

package io.vipgate.application.subscription;

import io.vipgate.application.subscription.port.in.ExtendAndInformUseCase;
import io.vipgate.application.subscription.port.in.ExtendSubscriptionUseCase;
import io.vipgate.application.subscription.port.in.InformSubscriberUseCase;
import io.vipgate.domain.time.VipDuration;
import java.util.concurrent.CompletionStage;

/** An admin's extension, then the user told of their new expiry; the telling never fails the extension. */
public final class ExtendAndInformService implements ExtendAndInformUseCase {

    private final ExtendSubscriptionUseCase extension;
    private final InformSubscriberUseCase inform;

    public ExtendAndInformService(ExtendSubscriptionUseCase extension, InformSubscriberUseCase inform) {
        this.extension = extension;
        this.inform = inform;
    }

    @Override
    public CompletionStage<Extended> extend(long adminId, long userId, VipDuration duration) {
        return extension
                .extend(adminId, userId, duration)
                .thenCompose(subscription -> inform.accessGranted(userId, subscription.expiresAt())
                        .thenApply(told -> new Extended(subscription, told)));
    }
}

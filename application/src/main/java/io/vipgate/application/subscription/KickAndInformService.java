package io.vipgate.application.subscription;

import io.vipgate.application.subscription.port.in.InformSubscriberUseCase;
import io.vipgate.application.subscription.port.in.KickAndInformUseCase;
import io.vipgate.application.subscription.port.in.KickSubscriberUseCase;
import io.vipgate.application.subscription.port.in.KickSubscriberUseCase.KickResult;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** An admin's kick, then the user told, if the kick removed them; the telling never fails the kick. */
public final class KickAndInformService implements KickAndInformUseCase {

    private final KickSubscriberUseCase kicks;
    private final InformSubscriberUseCase inform;

    public KickAndInformService(KickSubscriberUseCase kicks, InformSubscriberUseCase inform) {
        this.kicks = kicks;
        this.inform = inform;
    }

    @Override
    public CompletionStage<KickOutcome> kick(long adminId, long userId) {
        return kicks.kick(adminId, userId)
                .thenCompose(result -> result instanceof KickResult.Kicked
                        ? inform.accessRevoked(userId).thenApply(told -> new KickOutcome(result, Optional.of(told)))
                        : CompletableFuture.completedFuture(new KickOutcome(result, Optional.empty())));
    }
}

package io.vipgate.application.subscription.port.in;

import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.subscription.port.in.KickSubscriberUseCase.KickResult;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** {@code /kick <user id>}: end VIP now and remove the user from the channel, then tell them if they were. */
public interface KickAndInformUseCase {

    CompletionStage<KickOutcome> kick(long adminId, long userId);

    /**
     * The kick's result, and how telling the user went. Only a user the kick removed is told: whoever kept access
     * (renewed, an admin) or was never in has nothing to hear.
     */
    record KickOutcome(KickResult result, Optional<Delivery> told) {

        public KickOutcome {
            if (told.isPresent() != result instanceof KickResult.Kicked) {
                throw new IllegalArgumentException("the user is told exactly when the kick removed them: " + result);
            }
        }
    }
}

package io.vipgate.application.subscription.port.in;

import io.vipgate.domain.subscription.Subscription;
import java.util.concurrent.CompletionStage;

/** {@code /kick <user id>}: end VIP now and remove the user from the channel. */
public interface KickSubscriberUseCase {

    CompletionStage<KickResult> kick(long adminId, long userId);

    /** One case per answer. */
    sealed interface KickResult {
        record Kicked(Subscription subscription) implements KickResult {
        }

        record NotSubscribed() implements KickResult {
        }
    }
}

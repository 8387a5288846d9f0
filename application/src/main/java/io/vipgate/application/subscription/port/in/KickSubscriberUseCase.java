package io.vipgate.application.subscription.port.in;

import io.vipgate.domain.gate.RemovalRefusal;
import io.vipgate.domain.subscription.Subscription;
import java.util.concurrent.CompletionStage;

/** {@code /kick <user id>}: end VIP now and remove the user from the channel. */
public interface KickSubscriberUseCase {

    CompletionStage<KickResult> kick(long adminId, long userId);

    /** One case per answer. */
    sealed interface KickResult {
        record Kicked(Subscription subscription) implements KickResult {}

        record NotSubscribed() implements KickResult {}

        /** VIP ended, but the user is in {@code ADMIN_IDS}, whom the bot never bans. */
        record EndedAdminKept(Subscription subscription) implements KickResult {}

        /** The user renewed while the kick was under way: nothing ended, and they keep (or get back) access. */
        record RenewedMeanwhile() implements KickResult {}

        /** VIP ended, but Telegram refuses for good to remove the user, for {@code reason}. */
        record Refused(RemovalRefusal reason) implements KickResult {}
    }
}

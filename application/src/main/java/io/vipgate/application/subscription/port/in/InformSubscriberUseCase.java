package io.vipgate.application.subscription.port.in;

import io.vipgate.application.messaging.port.out.Delivery;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** Tells a user what an admin just did to their VIP access; never fails, the outcome says how it went. */
public interface InformSubscriberUseCase {

    /** Sends the new expiry together with a fresh personal invite link. */
    CompletionStage<Delivery> accessGranted(long userId, Instant expiresAt);

    /** Tells the user that an admin ended their VIP. */
    CompletionStage<Delivery> accessRevoked(long userId);
}

package io.vipgate.application.payment.port.in;

import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.subscription.InviteLink;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * A {@code successful_payment}: recorded once per charge id, granting its time the first time. A failure to record
 * fails the stage, so that the update is not acknowledged and Telegram delivers it again.
 */
public interface RecordPaymentUseCase {

    CompletionStage<PaymentOutcome> record(IncomingPayment payment, String displayName);

    /** One case per answer. */
    sealed interface PaymentOutcome {
        /** Granted now; {@code renewal} for a monthly plan's later payment. */
        record Granted(Instant expiresAt, Optional<InviteLink> link, boolean renewal) implements PaymentOutcome {}

        /** This charge was recorded before: nothing changed, but the buyer still gets a link while active. */
        record Duplicate(Optional<InviteLink> link) implements PaymentOutcome {}

        /** The payload names no order of this user: nothing granted, the admins must look. */
        record UnknownOrder() implements PaymentOutcome {}
    }
}

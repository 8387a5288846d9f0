package io.vipgate.application.payment.port.in;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * {@code /refund <charge id>} (through Telegram's {@code refundStarPayment}) and {@code refunded_payment} (a refund
 * made elsewhere): the payment becomes refunded, its time is taken back, and with nothing left the user leaves.
 */
public interface RefundPaymentUseCase {

    CompletionStage<RefundOutcome> refund(long adminId, String chargeId);

    /** A refund Telegram already made: recorded, without calling Telegram again. */
    CompletionStage<RefundOutcome> refunded(String chargeId);

    /** One case per answer. */
    sealed interface RefundOutcome {
        /** {@code accessUntil} empty when no time was left and the user was removed. */
        record Refunded(long userId, int amount, Optional<Instant> accessUntil) implements RefundOutcome {}

        record UnknownCharge() implements RefundOutcome {}

        record AlreadyRefunded() implements RefundOutcome {}
    }
}

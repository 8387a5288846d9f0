package io.vipgate.domain.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded payment. {@code granted} is the VIP time it added when it was recorded, which a refund takes back;
 * {@code periodEnd} is the end of the period a monthly payment paid for.
 */
public record Payment(
        String chargeId,
        long userId,
        long planId,
        int amount,
        PaymentKind kind,
        PaymentState state,
        Instant paidAt,
        Optional<Instant> periodEnd,
        Duration granted,
        Optional<Instant> refundedAt) {

    public Payment {
        Objects.requireNonNull(chargeId, "chargeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(paidAt, "paidAt");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(refundedAt, "refundedAt");
        if (granted.isNegative()) {
            throw new IllegalArgumentException("a payment grants no negative time");
        }
    }

    public boolean refunded() {
        return state == PaymentState.REFUNDED;
    }

    public boolean monthly() {
        return kind != PaymentKind.ONE_TIME;
    }
}

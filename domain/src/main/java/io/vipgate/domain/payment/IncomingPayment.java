package io.vipgate.domain.payment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code successful_payment} as Telegram reported it (or a transaction found by reconciliation): the charge id
 * that makes it unique, who paid, how much, the invoice payload (our order id) and, for a subscription, the end of
 * the period paid for.
 */
public record IncomingPayment(
        String chargeId,
        long userId,
        int amount,
        String currency,
        String payload,
        Optional<Instant> periodEnd,
        boolean recurring,
        boolean firstRecurring) {

    public IncomingPayment {
        if (chargeId == null || chargeId.isBlank()) {
            throw new IllegalArgumentException("a payment has a telegram_payment_charge_id");
        }
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(periodEnd, "periodEnd");
    }

    /** A renewal of a monthly subscription: recurring, but not its first payment. */
    public boolean renewal() {
        return recurring && !firstRecurring;
    }

    public PaymentKind kind(PlanTerm term) {
        if (term instanceof PlanTerm.OneTime) {
            return PaymentKind.ONE_TIME;
        }
        return renewal() ? PaymentKind.RENEWAL : PaymentKind.MONTHLY;
    }
}

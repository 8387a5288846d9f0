package io.vipgate.domain.payment;

/** Whether the Stars of a payment are still the creator's. */
public enum PaymentState {
    PAID,
    REFUNDED
}

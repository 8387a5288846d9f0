package io.vipgate.domain.payment;

/** What a payment paid for. */
public enum PaymentKind {
    /** A duration bought once. */
    ONE_TIME,
    /** The first payment of a monthly Stars subscription. */
    MONTHLY,
    /** A later payment of a monthly subscription, made by Telegram on its own. */
    RENEWAL
}

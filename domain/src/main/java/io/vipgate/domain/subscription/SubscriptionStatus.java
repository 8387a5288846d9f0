package io.vipgate.domain.subscription;

/** Where a VIP subscription stands. */
public enum SubscriptionStatus {
    ACTIVE,
    EXPIRED,
    REVOKED
}

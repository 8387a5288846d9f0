package io.vipgate.domain.token;

/** Whether a token can be redeemed now, and if not, why not. */
public enum TokenState {
    LIVE,
    EXPIRED,
    REVOKED,
    USED_UP
}

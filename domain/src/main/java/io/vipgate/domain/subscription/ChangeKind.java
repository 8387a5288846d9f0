package io.vipgate.domain.subscription;

/** Why a subscription changed, as the history records it. */
public enum ChangeKind {
    /** A token was redeemed. */
    REDEEMED,
    /** An admin granted time without a token. */
    EXTENDED,
    /** The time ran out and the user was removed. */
    EXPIRED,
    /** An admin ended it at once. */
    REVOKED,
    /** Brought over from the legacy bot. */
    IMPORTED
}

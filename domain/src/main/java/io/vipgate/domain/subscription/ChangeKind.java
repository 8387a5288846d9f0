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
    IMPORTED,
    /** Joined the VIP channel without the right to be there, and was removed at once. */
    TURNED_AWAY,
    /** Ended without a removal, because Telegram refuses to remove this user for good (the line says why). */
    REMOVAL_REFUSED,
    /** Bought with Telegram Stars (a one-time plan or a monthly subscription's first payment). */
    PURCHASED,
    /** A monthly Stars subscription renewed. */
    RENEWED,
    /** A payment was refunded and the time it bought taken back. */
    REFUNDED
}

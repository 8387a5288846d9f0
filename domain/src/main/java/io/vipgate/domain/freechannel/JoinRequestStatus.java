package io.vipgate.domain.freechannel;

/** Where a free-channel join request stands. */
public enum JoinRequestStatus {
    PENDING,
    APPROVED,
    /** Telegram no longer knows the request (withdrawn, or the user left): nothing left to approve. */
    DROPPED
}

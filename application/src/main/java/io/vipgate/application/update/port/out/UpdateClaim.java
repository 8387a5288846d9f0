package io.vipgate.application.update.port.out;

/** How claiming an update id came out: the caller's to handle, handled already, or someone else's for now. */
public enum UpdateClaim {
    /** New, or taken over (a stale claim, or this owner's own failed one): the caller handles it and marks it done. */
    CLAIMED,
    /** Handled before: a duplicate. */
    DONE,
    /** Claimed by another owner less than the handling timeout ago and not done yet: ask for it again later. */
    BUSY
}

package io.vipgate.application.messaging.port.out;

/** How approving or declining a join request on Telegram ended. */
public enum JoinDecision {
    DONE,
    /** Nothing left to do: the user is already a participant, or the request is gone (HIDE_REQUESTER_MISSING). */
    ALREADY_SETTLED,
    /** Telegram refused or failed; the request stays for a later try. */
    FAILED
}

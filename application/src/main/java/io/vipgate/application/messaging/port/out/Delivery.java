package io.vipgate.application.messaging.port.out;

/** How sending one message ended. */
public enum Delivery {
    SENT,
    /** The user blocked the bot (403); they are now unreachable. */
    BLOCKED,
    /** Any other failure after the client's retries. */
    FAILED
}

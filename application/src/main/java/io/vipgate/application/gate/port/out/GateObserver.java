package io.vipgate.application.gate.port.out;

import io.vipgate.domain.gate.RemovalRefusal;

/** Counts what the gate does, for the metrics; implementations never throw. */
public interface GateObserver {

    GateObserver NONE = new GateObserver() {};

    /** Someone without the right was removed; {@code via} is {@code chat_member} or {@code sweep}. */
    default void turnedAway(String via) {}

    /** Telegram refused a removal for good. */
    default void removalRefused(RemovalRefusal reason) {}
}

package io.vipgate.application.messaging.port.out;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Telegram's outbound limits shared by every replica: about 30 messages a second overall and one a second
 * per chat. A caller reserves a slot before each send and waits for the delay it is given.
 */
public interface SendBudget {

    /** Reserves the next free slot for a message to {@code chatId}; the answer is how long to wait for it. */
    CompletionStage<Duration> reserve(long chatId);
}

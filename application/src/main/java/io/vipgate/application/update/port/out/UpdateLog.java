package io.vipgate.application.update.port.out;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** Remembers which Telegram {@code update_id}s were taken in, so that a redelivered update is handled once. */
public interface UpdateLog {

    /** True the first time {@code updateId} is seen, false for every repeat. */
    CompletionStage<Boolean> firstDelivery(long updateId, Instant now);

    /** Forgets one id whose handling failed, so that Telegram's redelivery of it is handled after all. */
    CompletionStage<Void> release(long updateId);

    /** Forgets ids older than {@code cutoff}; returns how many were forgotten. */
    CompletionStage<Long> forgetBefore(Instant cutoff);
}

package io.vipgate.application.update.port.out;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * Remembers which Telegram {@code update_id}s were claimed, by whom and when, and which were handled, so that a
 * redelivered update is handled once and an update whose handler died is handled after all.
 */
public interface UpdateLog {

    /**
     * Claims {@code updateId} for {@code owner} at {@code now}: {@link UpdateClaim#CLAIMED} when it is new, or when
     * its claim is not done and is {@code owner}'s own or was made before {@code staleBefore} (then the claim moves
     * to {@code owner}, atomically: of several deliveries taking it over, one wins).
     */
    CompletionStage<UpdateClaim> claim(long updateId, String owner, Instant now, Instant staleBefore);

    /** Marks {@code updateId} handled: every later delivery of it is a duplicate. */
    CompletionStage<Void> done(long updateId);

    /** Gives back {@code owner}'s claim on an update not done, so that any replica can take its redelivery. */
    CompletionStage<Void> release(long updateId, String owner);

    /** Forgets ids older than {@code cutoff}; returns how many were forgotten. */
    CompletionStage<Long> forgetBefore(Instant cutoff);
}

package io.vipgate.application.broadcast.port.out;

import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.domain.user.BotUser;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Broadcasts and their per-recipient progress, saved so that a restart resumes where the last runner stopped and
 * never sends anyone the same broadcast twice. One runner at a time holds a broadcast under a {@link Lease}.
 */
public interface BroadcastStore {

    /**
     * Saves a broadcast to every reachable subscriber active at {@code now}, the recipients fixed at once, held by
     * {@code hold} until {@link #ready} (or until the hold runs out, should the caller die); empty, saving nothing,
     * when there is nobody to send to.
     */
    CompletionStage<Optional<BroadcastJob>> create(long adminId, String text, Instant now, Lease hold);

    /** Remembers the admin's progress message, if one was posted, and lets the broadcast job take it on. */
    CompletionStage<Void> ready(long broadcastId, Optional<Long> progressMessageId, Lease hold);

    /** The oldest unfinished broadcast that no live lease holds, now held by {@code lease}. */
    CompletionStage<Optional<BroadcastJob>> claimOpen(Instant now, Lease lease);

    /** Moves the hold to {@code lease} (same owner); false when another runner has taken the broadcast over. */
    CompletionStage<Boolean> renew(long broadcastId, Lease lease);

    /**
     * The next recipient not tried yet, marked as in flight in the same transaction: whatever happens after this,
     * the recipient is never handed out again.
     */
    CompletionStage<Optional<BotUser>> nextRecipient(long broadcastId, Lease lease);

    CompletionStage<Void> recordDelivery(long broadcastId, long userId, Delivery outcome);

    CompletionStage<BroadcastProgress> progress(long broadcastId);

    /**
     * Finishes the broadcast once no recipient is pending or in flight under a live lease; recipients left in
     * flight by a runner that died count as failed. The final tally, or empty when work remains or the broadcast
     * is not held by {@code lease}.
     */
    CompletionStage<Optional<BroadcastProgress>> close(long broadcastId, Lease lease, Instant now);
}

package io.vipgate.application.jobs.port.out;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Claims the subscriptions the expiry and reminder jobs must act on. A claim puts the rows under a {@link Lease} in
 * one short transaction, so that no other runner (another replica) takes them until it runs out; the ledger's
 * {@code expire} and {@code advanceReminders} complete a claimed row and end its lease.
 */
public interface DueSubscriptions {

    /** Up to {@code limit} active subscriptions whose time is over at {@code now} and that no live lease holds. */
    CompletionStage<List<DueSubscription>> claimExpiries(Instant now, int limit, Lease lease);

    /** Up to {@code limit} active, unexpired subscriptions whose next reminder is due at {@code now}, unheld. */
    CompletionStage<List<DueSubscription>> claimReminders(Instant now, int limit, Lease lease);

    /** Gives a claimed row back, claimable again from {@code retryAt}; does nothing if {@code lease} lost it. */
    CompletionStage<Void> release(long userId, Lease lease, Instant retryAt);
}

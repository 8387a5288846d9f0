package io.vipgate.application.jobs;

import io.vipgate.application.gate.VipRemovals;
import io.vipgate.application.gate.port.out.Removal;
import io.vipgate.application.jobs.port.in.ExpireDueSubscriptionsUseCase;
import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.application.jobs.port.out.DueSubscription;
import io.vipgate.application.jobs.port.out.DueSubscriptions;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.application.subscription.port.out.Ending;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.Subscription;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Ends subscriptions whose time is over: removes the user from the VIP channel (reachable or not), marks the
 * subscription expired with its history line under the job's lease, and only then tells the user, if the expiry
 * was this runner's to make. Removal comes first, so a failed Telegram call leaves the subscription active for a
 * retry rather than an expired user inside; a ban is safe to repeat, so a runner that dies before the commit only
 * costs a second ban of someone already gone. The ban is decided on the subscription as committed right before the
 * call (after any 429 wait), never on the claim's snapshot: a renewal committed by then removes nobody, and one that
 * commits while the ban is on its way is found by the expiry's own check, and the user is let back in with a fresh
 * link. A removal Telegram refuses for good ends the subscription anyway (history says why) and tells the admins. The message comes after the commit because it is the one step that
 * cannot be repeated harmlessly: a runner killed between message and commit made the next one tell the user again.
 * Now a crash between commit and message loses that message: at most once, like reminders, is the lesser evil.
 */
public final class ExpireDueSubscriptionsService implements ExpireDueSubscriptionsUseCase {

    private final DueSubscriptions due;
    private final SubscriptionLedger ledger;
    private final VipRemovals removals;
    private final Notifier notifier;
    private final Clock clock;
    private final LeasedBatches<DueSubscription> batches;

    public ExpireDueSubscriptionsService(
            DueSubscriptions due,
            SubscriptionLedger ledger,
            VipRemovals removals,
            Notifier notifier,
            JobSettings settings,
            Clock clock) {
        this.due = due;
        this.ledger = ledger;
        this.removals = removals;
        this.notifier = notifier;
        this.clock = clock;
        this.batches = new LeasedBatches<>(new Expiries(), settings, clock);
    }

    @Override
    public CompletionStage<JobRun> expireDue() {
        return batches.run();
    }

    /** Best effort: the user is out of the channel whether or not this message reaches them. */
    private CompletionStage<Delivery> tell(DueSubscription row) {
        if (!row.user().reachable()) {
            return CompletableFuture.completedFuture(Delivery.BLOCKED);
        }
        return LeasedBatches.attempt(() -> notifier.send(row.user(), new Notice.AccessExpired()))
                .exceptionally(failure -> Delivery.FAILED);
    }

    /** The rows of this job: due expiries. */
    private final class Expiries implements LeasedBatches.Rows<DueSubscription> {

        @Override
        public CompletionStage<List<DueSubscription>> claim(Instant now, int limit, Lease lease) {
            return due.claimExpiries(now, limit, lease);
        }

        @Override
        public CompletionStage<Void> handle(DueSubscription row, Lease lease) {
            Instant seen = row.subscription().expiresAt();
            return removals.remove(row.userId(), now -> stillDue(now, seen)).thenCompose(removal -> switch (removal) {
                case Removal.Removed removed -> expire(row, lease, true);
                case Removal.Exempt exempt -> expire(row, lease, false);
                // Renewed before the ban: the expiry's check finds it not due and only ends the lease.
                case Removal.NotWanted notWanted ->
                    ledger.expire(row.userId(), lease, clock.instant()).thenAccept(ignored -> {});
                case Removal.Refused refused ->
                    ledger.end(new Ending(
                                    row.userId(),
                                    seen,
                                    ChangeKind.REMOVAL_REFUSED,
                                    Optional.empty(),
                                    Optional.of(refused.reason().name()),
                                    Optional.of(lease),
                                    clock.instant()))
                            .thenCompose(ended -> ended.isPresent()
                                    ? removals.tellAdmins(row.userId(), refused.reason())
                                    : CompletableFuture.<Void>completedFuture(null));
            });
        }

        /** Empty means the lease was lost to another runner or the user renewed meanwhile: not ours to announce. */
        private CompletionStage<Void> expire(DueSubscription row, Lease lease, boolean removed) {
            return ledger.expire(row.userId(), lease, clock.instant()).thenCompose(expired -> {
                if (expired.isPresent()) {
                    return tell(row).thenAccept(told -> {});
                }
                return removed
                        ? removals.readmitIfActive(row.userId()).thenAccept(told -> {})
                        : CompletableFuture.<Void>completedFuture(null);
            });
        }

        private boolean stillDue(Optional<Subscription> now, Instant seen) {
            return now.filter(subscription -> subscription.isExpiryDue(clock.instant())
                            && subscription.expiresAt().equals(seen))
                    .isPresent();
        }

        @Override
        public CompletionStage<Void> release(DueSubscription row, Lease lease, Instant retryAt) {
            return due.release(row.userId(), lease, retryAt);
        }

        @Override
        public long userId(DueSubscription row) {
            return row.userId();
        }
    }
}

package io.vipgate.application.jobs;

import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.application.jobs.port.in.SendDueRemindersUseCase;
import io.vipgate.application.jobs.port.out.DueSubscription;
import io.vipgate.application.jobs.port.out.DueSubscriptions;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Sends each due reminder at most once per period (the domain decides which one is due, and stacking re-arms them).
 * The reminder is advanced under the job's lease first and sent only if that commit went through: a runner killed
 * between a send and its commit would otherwise leave the row to another runner that sends it again, and a second
 * "1 day left" is worse than a missing one. For the same reason a failed send is not retried (the client has already
 * retried what may succeed). Unreachable users are skipped but advanced all the same.
 */
public final class SendDueRemindersService implements SendDueRemindersUseCase {

    private final DueSubscriptions due;
    private final SubscriptionLedger ledger;
    private final Notifier notifier;
    private final ReminderSchedule schedule;
    private final Clock clock;
    private final LeasedBatches<DueSubscription> batches;

    public SendDueRemindersService(
            DueSubscriptions due,
            SubscriptionLedger ledger,
            Notifier notifier,
            ReminderSchedule schedule,
            JobSettings settings,
            Clock clock) {
        this.due = due;
        this.ledger = ledger;
        this.notifier = notifier;
        this.schedule = schedule;
        this.clock = clock;
        this.batches = new LeasedBatches<>(new Reminders(), settings, clock);
    }

    @Override
    public CompletionStage<JobRun> sendDue() {
        return batches.run();
    }

    /** Advances the due reminder (or re-arms it) under {@code lease}, then sends it if the advance was ours. */
    private CompletionStage<Void> remind(DueSubscription row, Lease lease) {
        Subscription subscription = row.subscription();
        Instant now = clock.instant();
        Optional<Duration> offset = subscription.dueReminder(now, schedule);
        if (offset.isEmpty()) {
            // Armed under another schedule (REMINDER_OFFSETS changed): point it at this schedule's next reminder.
            return ledger.advanceReminders(subscription.rearmed(schedule), lease)
                    .thenAccept(advanced -> {});
        }
        Notice notice = new Notice.ExpiryReminder(subscription.expiresAt(), subscription.timeLeft(now));
        // False means the lease was lost to another runner or a renewal re-armed the reminders: nothing to send.
        return ledger.advanceReminders(subscription.remindedAt(offset.get(), schedule), lease)
                .thenCompose(advanced -> advanced && row.user().reachable()
                        ? send(row, notice)
                        : CompletableFuture.<Void>completedFuture(null));
    }

    private CompletionStage<Void> send(DueSubscription row, Notice notice) {
        return LeasedBatches.attempt(() -> notifier.send(row.user(), notice))
                .exceptionally(failure -> Delivery.FAILED)
                .thenAccept(delivery -> {});
    }

    /** The rows of this job: subscriptions with a reminder due. */
    private final class Reminders implements LeasedBatches.Rows<DueSubscription> {

        @Override
        public CompletionStage<List<DueSubscription>> claim(Instant now, int limit, Lease lease) {
            return due.claimReminders(now, limit, lease);
        }

        @Override
        public CompletionStage<Void> handle(DueSubscription row, Lease lease) {
            return remind(row, lease);
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

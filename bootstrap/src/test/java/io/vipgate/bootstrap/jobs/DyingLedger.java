package io.vipgate.bootstrap.jobs;

import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.subscription.port.out.Ending;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.domain.subscription.RedemptionOutcome;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.TokenHash;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A ledger whose commit of one user's expiry never comes back: the process died between the Telegram calls and
 * that commit. Every other write goes through, so rows ahead of that user in the batch are handled as usual.
 */
final class DyingLedger implements SubscriptionLedger {

    private final SubscriptionLedger ledger;
    private final long diesAt;
    private final AtomicInteger died = new AtomicInteger();

    DyingLedger(SubscriptionLedger ledger, long diesAt) {
        this.ledger = ledger;
        this.diesAt = diesAt;
    }

    @Override
    public CompletionStage<RedemptionOutcome> redeem(
            TokenHash hash, long userId, Instant now, ReminderSchedule reminders) {
        return ledger.redeem(hash, userId, now, reminders);
    }

    @Override
    public CompletionStage<Subscription> extend(
            long userId, VipDuration duration, long adminId, Instant now, ReminderSchedule reminders) {
        return ledger.extend(userId, duration, adminId, now, reminders);
    }

    @Override
    public CompletionStage<Optional<Subscription>> revoke(long userId, long adminId, Instant now) {
        return ledger.revoke(userId, adminId, now);
    }

    @Override
    public CompletionStage<Optional<Subscription>> end(Ending ending) {
        return ledger.end(ending);
    }

    @Override
    public CompletionStage<Optional<Subscription>> expire(long userId, Lease lease, Instant now) {
        if (userId != diesAt) {
            return ledger.expire(userId, lease, now);
        }
        died.incrementAndGet();
        return new CompletableFuture<>();
    }

    @Override
    public CompletionStage<Boolean> advanceReminders(Subscription reminded, Lease lease) {
        return ledger.advanceReminders(reminded, lease);
    }

    /** Whether the process has died, with the Telegram calls for {@code diesAt} made. */
    boolean dead() {
        return died.get() > 0;
    }
}

package io.vipgate.application.subscription;

import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.subscription.port.out.Ending;
import io.vipgate.application.subscription.port.out.SubscriptionCache;
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
import java.util.function.Function;

/**
 * Evicts a user's cached subscription after each ledger write has committed. Every write goes through the
 * ledger, so no write can forget the cache. The eviction runs whatever the write's outcome: a failed
 * commit evicts an entry that was still right, which costs one extra read and never a stale one.
 */
public final class EvictingSubscriptionLedger implements SubscriptionLedger {

    private final SubscriptionLedger ledger;
    private final SubscriptionCache cache;

    public EvictingSubscriptionLedger(SubscriptionLedger ledger, SubscriptionCache cache) {
        this.ledger = ledger;
        this.cache = cache;
    }

    @Override
    public CompletionStage<RedemptionOutcome> redeem(
            TokenHash hash, long userId, Instant now, ReminderSchedule reminders) {
        return evictAfter(userId, ledger.redeem(hash, userId, now, reminders));
    }

    @Override
    public CompletionStage<Subscription> extend(
            long userId, VipDuration duration, long adminId, Instant now, ReminderSchedule reminders) {
        return evictAfter(userId, ledger.extend(userId, duration, adminId, now, reminders));
    }

    @Override
    public CompletionStage<Optional<Subscription>> revoke(long userId, long adminId, Instant now) {
        return evictAfter(userId, ledger.revoke(userId, adminId, now));
    }

    @Override
    public CompletionStage<Optional<Subscription>> end(Ending ending) {
        return evictAfter(ending.userId(), ledger.end(ending));
    }

    @Override
    public CompletionStage<Optional<Subscription>> expire(long userId, Lease lease, Instant now) {
        return evictAfter(userId, ledger.expire(userId, lease, now));
    }

    @Override
    public CompletionStage<Boolean> advanceReminders(Subscription reminded, Lease lease) {
        return evictAfter(reminded.userId(), ledger.advanceReminders(reminded, lease));
    }

    private <T> CompletionStage<T> evictAfter(long userId, CompletionStage<T> write) {
        return write.handle((result, failure) -> CompletableFuture.completedFuture(userId)
                        .thenCompose(cache::evict)
                        .exceptionally(cacheFailure -> null)
                        .thenCompose(evicted -> write))
                .thenCompose(Function.identity());
    }
}

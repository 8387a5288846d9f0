package io.vipgate.application.subscription.port.out;

import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.domain.subscription.RedemptionOutcome;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.TokenHash;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Every change to a subscription, each one atomic with its history line: a method commits all of its
 * writes or none, and concurrent calls for the same user or token are serialised.
 */
public interface SubscriptionLedger {

    /**
     * Spends one use of the token with {@code hash} and stacks its time on {@code userId}'s subscription.
     * Two users racing for the last use get one {@code Redeemed} and one {@code UsedUpToken}.
     */
    CompletionStage<RedemptionOutcome> redeem(TokenHash hash, long userId, Instant now, ReminderSchedule reminders);

    /** Grants or stacks time without a token. */
    CompletionStage<Subscription> extend(
            long userId, VipDuration duration, long adminId, Instant now, ReminderSchedule reminders);

    /** Ends an active subscription now; empty when the user had none active. */
    CompletionStage<Optional<Subscription>> revoke(long userId, long adminId, Instant now);

    /**
     * Ends the subscription as {@code ending} says, with its history line, if it is still active with the expiry the
     * caller saw: EXPIRED when its time is over, REVOKED otherwise. Empty, writing nothing, when it was renewed or
     * ended meanwhile, or when another lease holds it; a lease of the caller's ends in any case.
     */
    CompletionStage<Optional<Subscription>> end(Ending ending);

    /**
     * Marks a subscription claimed under {@code lease} as expired, with its history line, and ends the lease.
     * Empty, ending only the lease, when it is no longer due at {@code now} (renewed meanwhile); empty and
     * untouched when another lease holds it.
     */
    CompletionStage<Optional<Subscription>> expire(long userId, Lease lease, Instant now);

    /**
     * Stores the reminder state of {@code reminded}, a claimed subscription after {@link Subscription#remindedAt}
     * or {@link Subscription#rearmed}, and ends the lease. False, storing nothing, when another lease holds it or
     * its period changed since the claim (stacking re-armed it); the lease ends then too if it was this one.
     */
    CompletionStage<Boolean> advanceReminders(Subscription reminded, Lease lease);
}

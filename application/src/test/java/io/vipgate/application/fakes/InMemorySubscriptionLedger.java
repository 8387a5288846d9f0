package io.vipgate.application.fakes;

import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.subscription.port.out.Ending;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.RedemptionOutcome;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.InvitationToken;
import io.vipgate.domain.token.TokenHash;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Applies the domain rules to the in-memory tokens and subscriptions, one call at a time, with a history line. */
public final class InMemorySubscriptionLedger implements SubscriptionLedger {

    private final InMemoryTokenRepository tokens;
    private final InMemorySubscriptionRepository subscriptions;
    private final java.util.Set<String> redeemedBy = new java.util.HashSet<>();
    private int redeemCalls;
    private int revokeCalls;
    private int expireCalls;
    private int endCalls;
    private final java.util.List<String> details = new java.util.ArrayList<>();
    private boolean failWrites;

    public InMemorySubscriptionLedger(InMemoryTokenRepository tokens, InMemorySubscriptionRepository subscriptions) {
        this.tokens = tokens;
        this.subscriptions = subscriptions;
    }

    @Override
    public synchronized CompletionStage<RedemptionOutcome> redeem(
            TokenHash hash, long userId, Instant now, ReminderSchedule reminders) {
        redeemCalls++;
        if (failWrites) {
            return failed();
        }
        Optional<InvitationToken> found = tokens.get(hash);
        if (found.isEmpty()) {
            return done(new RedemptionOutcome.UnknownToken());
        }
        InvitationToken token = found.get();
        if (redeemedBy.contains(hash + "/" + userId)) {
            return done(new RedemptionOutcome.AlreadyRedeemed(
                    subscriptions.get(userId).orElseThrow(), Optional.empty()));
        }
        return switch (token.stateAt(now)) {
            case EXPIRED -> done(new RedemptionOutcome.ExpiredToken());
            case REVOKED -> done(new RedemptionOutcome.RevokedToken());
            case USED_UP -> done(new RedemptionOutcome.UsedUpToken());
            case LIVE -> {
                tokens.replace(token.redeemedOnce(now));
                redeemedBy.add(hash + "/" + userId);
                Optional<Subscription> before = subscriptions.get(userId);
                Subscription after = grant(
                        userId,
                        token.grants(),
                        now,
                        reminders,
                        ChangeKind.REDEEMED,
                        // as PostgreSQL writes it: no admin acted, the token prefix says where the time came from
                        Optional.empty(),
                        Optional.of(token.prefix()));
                yield done(new RedemptionOutcome.Redeemed(
                        after, before.filter(s -> s.isActiveAt(now)).isPresent(), Optional.empty()));
            }
        };
    }

    @Override
    public synchronized CompletionStage<Subscription> extend(
            long userId, VipDuration duration, long adminId, Instant now, ReminderSchedule reminders) {
        if (failWrites) {
            return failed();
        }
        return done(
                grant(userId, duration, now, reminders, ChangeKind.EXTENDED, Optional.of(adminId), Optional.empty()));
    }

    @Override
    public synchronized CompletionStage<Optional<Subscription>> revoke(long userId, long adminId, Instant now) {
        revokeCalls++;
        if (failWrites) {
            return failed();
        }
        Optional<Subscription> before = subscriptions.get(userId).filter(s -> s.isActiveAt(now));
        Optional<Subscription> after = before.map(s -> s.revoke(now));
        after.ifPresent(s -> record(before, s, ChangeKind.REVOKED, now, Optional.of(adminId), Optional.empty()));
        return done(after);
    }

    @Override
    public synchronized CompletionStage<Optional<Subscription>> end(Ending ending) {
        endCalls++;
        if (failWrites) {
            return failed();
        }
        long userId = ending.userId();
        if (ending.lease().isPresent()) {
            if (!heldBy(userId, ending.lease().get())) {
                return done(Optional.empty());
            }
            subscriptions.clearLease(userId);
        }
        Optional<Subscription> before = subscriptions
                .get(userId)
                .filter(s -> s.status() == io.vipgate.domain.subscription.SubscriptionStatus.ACTIVE
                        && s.expiresAt().equals(ending.seenExpiresAt()));
        Optional<Subscription> after =
                before.map(s -> s.isExpiryDue(ending.now()) ? s.expire() : s.revoke(ending.now()));
        after.ifPresent(s -> {
            record(before, s, ending.kind(), ending.now(), ending.actorId(), Optional.empty());
            ending.detail().ifPresent(details::add);
        });
        return done(after);
    }

    @Override
    public synchronized CompletionStage<Optional<Subscription>> expire(long userId, Lease lease, Instant now) {
        expireCalls++;
        if (failWrites) {
            return failed();
        }
        if (!heldBy(userId, lease)) {
            return done(Optional.empty());
        }
        subscriptions.clearLease(userId);
        Optional<Subscription> before = subscriptions.get(userId).filter(s -> s.isExpiryDue(now));
        Optional<Subscription> after = before.map(Subscription::expire);
        after.ifPresent(s -> record(before, s, ChangeKind.EXPIRED, now, Optional.empty(), Optional.empty()));
        return done(after);
    }

    @Override
    public synchronized CompletionStage<Boolean> advanceReminders(Subscription reminded, Lease lease) {
        if (failWrites) {
            return failed();
        }
        if (!heldBy(reminded.userId(), lease)) {
            return done(false);
        }
        subscriptions.clearLease(reminded.userId());
        boolean samePeriod = subscriptions
                .get(reminded.userId())
                .filter(s -> s.status() == reminded.status() && s.expiresAt().equals(reminded.expiresAt()))
                .isPresent();
        if (samePeriod) {
            subscriptions.put(reminded);
        }
        return done(samePeriod);
    }

    private boolean heldBy(long userId, Lease lease) {
        return subscriptions
                .lease(userId)
                .map(held -> held.owner().equals(lease.owner()))
                .orElse(false);
    }

    private Subscription grant(
            long userId,
            VipDuration duration,
            Instant now,
            ReminderSchedule reminders,
            ChangeKind kind,
            Optional<Long> actor,
            Optional<String> tokenPrefix) {
        Optional<Subscription> before = subscriptions.get(userId);
        Subscription after = before.map(s -> s.stack(duration, now, reminders))
                .orElseGet(() -> Subscription.start(userId, duration, now, reminders));
        record(before, after, kind, now, actor, tokenPrefix);
        return after;
    }

    private void record(
            Optional<Subscription> before,
            Subscription after,
            ChangeKind kind,
            Instant now,
            Optional<Long> actor,
            Optional<String> tokenPrefix) {
        subscriptions.put(after);
        subscriptions.append(SubscriptionChange.between(before, after, kind, now, actor, tokenPrefix));
    }

    private static <T> CompletionStage<T> failed() {
        return CompletableFuture.failedFuture(new IllegalStateException("database: connection refused"));
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    /** Every later write fails as if the database were down, changing nothing. */
    public void failWrites() {
        failWrites = true;
    }

    public int redeemCalls() {
        return redeemCalls;
    }

    public int revokeCalls() {
        return revokeCalls;
    }

    public int endCalls() {
        return endCalls;
    }

    /** The details of the history lines {@code end} wrote, in order. */
    public synchronized java.util.List<String> details() {
        return java.util.List.copyOf(details);
    }

    public int expireCalls() {
        return expireCalls;
    }

    /** Lets writes through again, as a database back from an outage. */
    public void healWrites() {
        failWrites = false;
    }
}

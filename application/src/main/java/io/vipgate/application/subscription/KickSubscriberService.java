package io.vipgate.application.subscription;

import io.vipgate.application.gate.VipRemovals;
import io.vipgate.application.gate.port.out.Removal;
import io.vipgate.application.subscription.port.in.KickSubscriberUseCase;
import io.vipgate.application.subscription.port.out.Ending;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.Subscription;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Ends a subscription at once. The ban is asked only if the committed subscription, read right before the call, is
 * still the one the admin kicked (same expiry); the ledger then ends it under the same condition, so a renewal that
 * commits at any point wins: before the ban nobody is removed, during it the user is let back in with a fresh link.
 * A failed Telegram call leaves the subscription active for the admin to try again, never a revoked user inside.
 */
public final class KickSubscriberService implements KickSubscriberUseCase {

    private final SubscriptionRepository committed;
    private final SubscriptionLedger ledger;
    private final VipRemovals removals;
    private final Clock clock;

    /** {@code committed} must read PostgreSQL, not the cache. */
    public KickSubscriberService(
            SubscriptionRepository committed, SubscriptionLedger ledger, VipRemovals removals, Clock clock) {
        this.committed = committed;
        this.ledger = ledger;
        this.removals = removals;
        this.clock = clock;
    }

    @Override
    public CompletionStage<KickResult> kick(long adminId, long userId) {
        return committed.find(userId).thenCompose(found -> {
            if (found.isEmpty() || !found.get().isActiveAt(clock.instant())) {
                return CompletableFuture.completedFuture(new KickResult.NotSubscribed());
            }
            Instant seen = found.get().expiresAt();
            return removals.remove(userId, now -> unchanged(now, seen)).thenCompose(removal -> switch (removal) {
                case Removal.Removed removed ->
                    end(adminId, userId, seen, ChangeKind.REVOKED, Optional.empty())
                            .thenCompose(ended -> ended.isPresent()
                                    ? CompletableFuture.completedFuture(new KickResult.Kicked(ended.get()))
                                    : removals.readmitIfActive(userId)
                                            .thenApply(told -> new KickResult.RenewedMeanwhile()));
                case Removal.Exempt exempt ->
                    end(adminId, userId, seen, ChangeKind.REVOKED, Optional.empty())
                            .thenApply(ended -> ended.<KickResult>map(KickResult.EndedAdminKept::new)
                                    .orElseGet(KickResult.RenewedMeanwhile::new));
                case Removal.NotWanted notWanted ->
                    committed
                            .find(userId)
                            .thenApply(now -> removals.isActive(now)
                                    ? new KickResult.RenewedMeanwhile()
                                    : new KickResult.NotSubscribed());
                case Removal.Refused refused ->
                    end(
                                    adminId,
                                    userId,
                                    seen,
                                    ChangeKind.REMOVAL_REFUSED,
                                    Optional.of(refused.reason().name()))
                            .thenApply(ended -> ended.isPresent()
                                    ? new KickResult.Refused(refused.reason())
                                    : new KickResult.RenewedMeanwhile());
            });
        });
    }

    private boolean unchanged(Optional<Subscription> now, Instant seen) {
        return removals.isActive(now) && now.get().expiresAt().equals(seen);
    }

    private CompletionStage<Optional<Subscription>> end(
            long adminId, long userId, Instant seen, ChangeKind kind, Optional<String> detail) {
        return ledger.end(
                new Ending(userId, seen, kind, Optional.of(adminId), detail, Optional.empty(), clock.instant()));
    }
}

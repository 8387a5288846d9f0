package io.vipgate.persistence.subscription;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.subscription.port.out.Ending;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.RedemptionOutcome;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.time.VipDuration;
import io.vipgate.domain.token.TokenHash;
import io.vipgate.persistence.support.ReactiveWork;
import io.vipgate.persistence.token.TokenEntity;
import io.vipgate.persistence.token.TokenMappers;
import io.vipgate.persistence.token.TokenPanacheRepository;
import io.vipgate.persistence.user.UserRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Subscription changes in PostgreSQL. Redemption is decided by one conditional UPDATE on the token row
 * (PostgreSQL re-checks its WHERE after a concurrent writer commits, so the last use has one winner); the
 * user's row lock then serialises the read-stack-write of their subscription.
 */
@ApplicationScoped
@Typed(PostgresSubscriptionLedgerAdapter.class)
public class PostgresSubscriptionLedgerAdapter implements SubscriptionLedger {

    private static final String ALREADY_REDEEMED = "SELECT count(*) FROM subscription_history h"
            + " JOIN invitation_token t ON t.id = h.token_id"
            + " WHERE t.hash = ?1 AND h.user_id = ?2 AND h.kind = 'REDEEMED'";

    private final TokenPanacheRepository tokens;
    private final SubscriptionPanacheRepository subscriptions;
    private final HistoryPanacheRepository history;
    private final LeasedSubscriptionWrites leased;
    private final ReactiveWork work;

    PostgresSubscriptionLedgerAdapter(
            TokenPanacheRepository tokens,
            SubscriptionPanacheRepository subscriptions,
            HistoryPanacheRepository history,
            LeasedSubscriptionWrites leased,
            ReactiveWork work) {
        this.tokens = tokens;
        this.subscriptions = subscriptions;
        this.history = history;
        this.leased = leased;
        this.work = work;
    }

    @Override
    public CompletionStage<RedemptionOutcome> redeem(
            TokenHash hash, long userId, Instant now, ReminderSchedule reminders) {
        return work.run(() -> Panache.withTransaction(() -> alreadyRedeemed(hash, userId)
                .chain(before -> before.isPresent()
                        ? Uni.createFrom().item(before.get())
                        : tokens.update(
                                        "uses = uses + 1 where hash = ?1 and revoked = false and uses < maxUses"
                                                + " and validUntil > ?2",
                                        hash.hex(),
                                        now)
                                .chain(won -> tokens.find("hash", hash.hex())
                                        .firstResult()
                                        .chain(token -> won == 1
                                                ? redeemed(token, userId, now, reminders)
                                                : Uni.createFrom().item(refusal(token, now)))))));
    }

    /**
     * A redelivered {@code /start <token>} (its first handling committed, then the process died before the reply
     * went out) must neither spend a use nor stack time again: it finds its own history line.
     */
    private Uni<Optional<RedemptionOutcome>> alreadyRedeemed(TokenHash hash, long userId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(ALREADY_REDEEMED, Long.class)
                        .setParameter(1, hash.hex())
                        .setParameter(2, userId)
                        .getSingleResult())
                .chain(count -> count == 0
                        ? Uni.createFrom().item(Optional.<RedemptionOutcome>empty())
                        : subscriptions
                                .findById(userId)
                                .map(row -> Optional.of(new RedemptionOutcome.AlreadyRedeemed(
                                        SubscriptionMappers.subscription(row), Optional.empty()))));
    }

    private Uni<RedemptionOutcome> redeemed(TokenEntity token, long userId, Instant now, ReminderSchedule reminders) {
        Change change = new Change(ChangeKind.REDEEMED, Optional.empty(), token.id, Optional.of(token.prefix));
        return stack(userId, VipDuration.ofMinutes(token.grantsMinutes), now, reminders, change)
                .map(result -> new RedemptionOutcome.Redeemed(result.after(), result.stacked(), Optional.empty()));
    }

    private static RedemptionOutcome refusal(TokenEntity token, Instant now) {
        if (token == null) {
            return new RedemptionOutcome.UnknownToken();
        }
        return switch (TokenMappers.token(token).stateAt(now)) {
            case EXPIRED -> new RedemptionOutcome.ExpiredToken();
            case REVOKED -> new RedemptionOutcome.RevokedToken();
            case USED_UP, LIVE -> new RedemptionOutcome.UsedUpToken();
        };
    }

    @Override
    public CompletionStage<Subscription> extend(
            long userId, VipDuration duration, long adminId, Instant now, ReminderSchedule reminders) {
        Change change = new Change(ChangeKind.EXTENDED, Optional.of(adminId), null, Optional.empty());
        return work.run(() -> Panache.withTransaction(
                () -> stack(userId, duration, now, reminders, change).map(Stacked::after)));
    }

    @Override
    public CompletionStage<Optional<Subscription>> revoke(long userId, long adminId, Instant now) {
        return work.run(() -> Panache.withTransaction(() -> UserRows.lock(userId)
                .chain(ignored -> subscriptions.findById(userId))
                .chain(row -> {
                    if (row == null || !SubscriptionMappers.subscription(row).isActiveAt(now)) {
                        return Uni.createFrom().item(Optional.<Subscription>empty());
                    }
                    Subscription before = SubscriptionMappers.subscription(row);
                    Subscription after = before.revoke(now);
                    Change change = new Change(ChangeKind.REVOKED, Optional.of(adminId), null, Optional.empty());
                    return write(row, Optional.of(before), after, now, change).map(Optional::of);
                })));
    }

    @Override
    public CompletionStage<Optional<Subscription>> end(Ending ending) {
        return work.run(() -> Panache.withTransaction(() -> leased.end(ending)));
    }

    @Override
    public CompletionStage<Optional<Subscription>> expire(long userId, Lease lease, Instant now) {
        return work.run(() -> Panache.withTransaction(() -> leased.expire(userId, lease, now)));
    }

    @Override
    public CompletionStage<Boolean> advanceReminders(Subscription reminded, Lease lease) {
        return work.run(() -> Panache.withTransaction(() -> leased.advanceReminders(reminded, lease)));
    }

    private Uni<Stacked> stack(
            long userId, VipDuration duration, Instant now, ReminderSchedule reminders, Change change) {
        return UserRows.lock(userId)
                .chain(ignored -> subscriptions.findById(userId))
                .chain(row -> {
                    Optional<Subscription> before = Optional.ofNullable(row).map(SubscriptionMappers::subscription);
                    Subscription after = before.map(current -> current.stack(duration, now, reminders))
                            .orElseGet(() -> Subscription.start(userId, duration, now, reminders));
                    boolean stacked =
                            before.map(current -> current.isActiveAt(now)).orElse(false);
                    SubscriptionEntity target = row == null ? new SubscriptionEntity() : row;
                    return write(target, before, after, now, change).map(written -> new Stacked(written, stacked));
                });
    }

    private Uni<Subscription> write(
            SubscriptionEntity row, Optional<Subscription> before, Subscription after, Instant now, Change change) {
        SubscriptionMappers.copy(after, row);
        row.updatedAt = now;
        SubscriptionChange line =
                SubscriptionChange.between(before, after, change.kind(), now, change.actorId(), change.tokenPrefix());
        return subscriptions
                .persist(row)
                .chain(() -> history.persist(SubscriptionMappers.historyRow(line, change.tokenId())))
                .replaceWith(after);
    }

    /** What the history line says besides the subscription itself. */
    private record Change(ChangeKind kind, Optional<Long> actorId, Long tokenId, Optional<String> tokenPrefix) {}

    private record Stacked(Subscription after, boolean stacked) {}
}

package io.vipgate.persistence.payment;

import io.smallrye.mutiny.Uni;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.persistence.subscription.HistoryPanacheRepository;
import io.vipgate.persistence.subscription.SubscriptionEntity;
import io.vipgate.persistence.subscription.SubscriptionMappers;
import io.vipgate.persistence.subscription.SubscriptionPanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * A subscription row and its history line, written together inside the caller's transaction, under the user's row
 * lock the caller holds: the payment ledger's counterpart of the subscription ledger's private write.
 */
@ApplicationScoped
public class PaidSubscriptionWrites {

    private final SubscriptionPanacheRepository subscriptions;
    private final HistoryPanacheRepository history;

    PaidSubscriptionWrites(SubscriptionPanacheRepository subscriptions, HistoryPanacheRepository history) {
        this.subscriptions = subscriptions;
        this.history = history;
    }

    Uni<Optional<SubscriptionEntity>> current(long userId) {
        return subscriptions.findById(userId).map(Optional::ofNullable);
    }

    Uni<Subscription> write(
            Optional<SubscriptionEntity> row,
            Subscription after,
            Instant now,
            ChangeKind kind,
            Optional<Long> actorId) {
        SubscriptionEntity target = row.orElseGet(SubscriptionEntity::new);
        Optional<Subscription> before = row.map(SubscriptionMappers::subscription);
        SubscriptionMappers.copy(after, target);
        target.updatedAt = now;
        SubscriptionChange line = SubscriptionChange.between(before, after, kind, now, actorId, Optional.empty());
        return subscriptions
                .persist(target)
                .chain(() -> history.persist(SubscriptionMappers.historyRow(line, null)))
                .replaceWith(after);
    }
}

package io.vipgate.persistence.subscription;

import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.util.Optional;

/** Maps subscription and history rows to domain values and back. */
public final class SubscriptionMappers {

    private SubscriptionMappers() {}

    public static Subscription subscription(SubscriptionEntity row) {
        return new Subscription(
                row.userId,
                SubscriptionStatus.valueOf(row.status),
                row.periodStartedAt,
                row.expiresAt,
                Optional.ofNullable(row.lastReminderSeconds).map(Duration::ofSeconds),
                Optional.ofNullable(row.nextReminderAt));
    }

    public static void copy(Subscription from, SubscriptionEntity to) {
        to.userId = from.userId();
        to.status = from.status().name();
        to.periodStartedAt = from.periodStartedAt();
        to.expiresAt = from.expiresAt();
        to.lastReminderSeconds = from.lastReminder().map(Duration::toSeconds).orElse(null);
        to.nextReminderAt = from.nextReminderAt().orElse(null);
    }

    public static HistoryEntity historyRow(SubscriptionChange change, Long tokenId) {
        HistoryEntity row = new HistoryEntity();
        row.userId = change.userId();
        row.kind = change.kind().name();
        row.at = change.at();
        row.actorId = change.actorId().orElse(null);
        row.tokenId = tokenId;
        row.previousExpiresAt = change.previousExpiry().orElse(null);
        row.newExpiresAt = change.newExpiry();
        return row;
    }

    public static SubscriptionChange change(HistoryEntity row, String tokenPrefix) {
        return new SubscriptionChange(
                row.userId,
                ChangeKind.valueOf(row.kind),
                row.at,
                Optional.ofNullable(row.actorId),
                Optional.ofNullable(row.previousExpiresAt),
                row.newExpiresAt,
                Optional.ofNullable(tokenPrefix));
    }
}

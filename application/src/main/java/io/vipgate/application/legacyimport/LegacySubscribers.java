package io.vipgate.application.legacyimport;

import io.vipgate.application.legacyimport.port.out.ImportedSubscription;
import io.vipgate.application.legacyimport.port.out.LegacyRow;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code vip_subscribers}: an active subscription keeps its exact expiry (one already past it is left to the
 * expiry job, which removes the user from the channel); an expired one becomes a history line only.
 */
final class LegacySubscribers {

    static final List<String> COLUMNS = List.of("id", "user_id", "join_date", "expiry_date", "status", "token_id");

    final List<ImportedSubscription> imported = new ArrayList<>();
    int active;
    int activeButEnded;
    int expired;
    final LegacyTableCheck check;

    LegacySubscribers(LegacyTableCheck check, LegacyUsers users, LegacyTokens tokens, ReminderSchedule reminders,
                      Instant now) {
        this.check = check;
        Set<Object> duplicateIds = check.duplicates("id");
        Set<Object> duplicateUsers = check.duplicates("user_id");
        for (LegacyRow raw : check.rows()) {
            LegacyRowCheck row = check.row(raw);
            row.integer("id", true);
            if (duplicateIds.contains(raw.get("id"))) {
                row.problem("id", "more than one row has this id");
            }
            Long userId = users.reference(row, "user_id");
            if (duplicateUsers.contains(raw.get("user_id"))) {
                row.problem("user_id", "more than one subscription row has this user");
            }
            Instant joined = row.time("join_date", true);
            Instant expiry = row.time("expiry_date", true);
            if (joined != null && expiry != null && expiry.isBefore(joined)) {
                row.problem("expiry_date", "is before join_date");
            }
            String status = row.choice("status", true, Set.of("ACTIVE", "EXPIRED"));
            Long tokenId = row.integer("token_id", false);
            if (tokenId != null && !tokens.known.contains(tokenId)) {
                row.problem("token_id", "refers to token " + tokenId + ", which is not in invitation_tokens");
            }
            if (row.ok()) {
                boolean current = status.equals("ACTIVE");
                active += current ? 1 : 0;
                activeButEnded += current && !expiry.isAfter(now) ? 1 : 0;
                expired += current ? 0 : 1;
                SubscriptionChange line = new SubscriptionChange(userId, ChangeKind.IMPORTED, joined, Optional.empty(),
                        Optional.empty(), expiry, Optional.empty());
                imported.add(new ImportedSubscription(
                        current ? Optional.of(armed(userId, joined, expiry, reminders, now)) : Optional.empty(), line));
            }
            check.settle(row, true);
        }
    }

    /**
     * An active subscription whose reminders are armed as the domain arms them (Subscription keeps that private):
     * reminders whose moment has passed count as sent, so nobody gets a stale "3 days left" after the move.
     */
    static Subscription armed(long userId, Instant start, Instant expiry, ReminderSchedule reminders, Instant now) {
        Optional<Duration> covered = reminders.offsets().stream()
                .filter(offset -> !expiry.minus(offset).isAfter(now)).reduce((longer, shorter) -> shorter);
        Optional<Duration> next = reminders.offsets().stream()
                .filter(offset -> covered.map(sent -> offset.compareTo(sent) < 0).orElse(true)).findFirst();
        return new Subscription(userId, SubscriptionStatus.ACTIVE, start, expiry, covered, next.map(expiry::minus));
    }
}

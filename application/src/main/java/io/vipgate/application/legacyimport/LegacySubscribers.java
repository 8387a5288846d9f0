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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code vip_subscribers}: an active subscription keeps its exact expiry (one already past it is left to the
 * expiry job, which removes the user from the channel); an expired one becomes a history line only. vipgate keeps one
 * subscription per user: of a user's several rows (a loosened file) the one that ends last is kept, the others are
 * left out and named in the notes.
 */
final class LegacySubscribers {

    static final List<String> COLUMNS = List.of("id", "user_id", "join_date", "expiry_date", "status", "token_id");

    /** A valid row of a user with several: kept back until the table is read, so the one that ends last wins. */
    private record Candidate(
            long id, Instant expiry, ImportedSubscription subscription, boolean current, boolean ended) {}

    final List<String> duplicates = new ArrayList<>();
    private final Map<Long, List<Candidate>> candidates = new TreeMap<>();
    int imported;
    int active;
    int activeButEnded;
    int expired;
    final LegacyTableCheck check;

    LegacySubscribers(
            LegacyTableCheck check,
            LegacyUsers users,
            LegacyTokens tokens,
            ReminderSchedule reminders,
            Instant now,
            LegacyValidation.Sink sink) {
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
                SubscriptionChange line = new SubscriptionChange(
                        userId,
                        ChangeKind.IMPORTED,
                        joined,
                        Optional.empty(),
                        Optional.empty(),
                        expiry,
                        Optional.empty());
                ImportedSubscription subscription = new ImportedSubscription(
                        current ? Optional.of(armed(userId, joined, expiry, reminders, now)) : Optional.empty(), line);
                Candidate candidate =
                        new Candidate((Long) raw.get("id"), expiry, subscription, current, !expiry.isAfter(now));
                if (duplicateUsers.contains(raw.get("user_id"))) {
                    candidates
                            .computeIfAbsent(userId, user -> new ArrayList<>())
                            .add(candidate);
                    check.settle(row, true);
                    continue;
                }
                carry(candidate, sink);
            }
            check.settle(row, true);
        }
        candidates.forEach((user, rows) -> keepTheLast(user, rows, sink));
    }

    private void carry(Candidate candidate, LegacyValidation.Sink sink) {
        imported++;
        active += candidate.current() ? 1 : 0;
        activeButEnded += candidate.current() && candidate.ended() ? 1 : 0;
        expired += candidate.current() ? 0 : 1;
        sink.subscription(candidate.subscription());
    }

    /** Of one user's rows, carries the one that ends last (of equal ends, the later row); the rest are left out. */
    private void keepTheLast(long user, List<Candidate> rows, LegacyValidation.Sink sink) {
        Candidate kept = rows.stream()
                .max(Comparator.comparing(Candidate::expiry).thenComparing(Candidate::id))
                .orElseThrow();
        carry(kept, sink);
        List<Candidate> others = rows.stream().filter(row -> row != kept).toList();
        check.leaveOut(others.size());
        duplicates.add("user " + user + ": kept id " + kept.id() + " (ends " + kept.expiry() + "), left out "
                + others.stream()
                        .map(row -> "id " + row.id() + " (ends " + row.expiry() + ")")
                        .toList()
                        .toString()
                        .replace("[", "")
                        .replace("]", ""));
    }

    /**
     * An active subscription whose reminders are armed as the domain arms them (Subscription keeps that private):
     * reminders whose moment has passed count as sent, so nobody gets a stale "3 days left" after the move.
     */
    static Subscription armed(long userId, Instant start, Instant expiry, ReminderSchedule reminders, Instant now) {
        Optional<Duration> covered = reminders.offsets().stream()
                .filter(offset -> !expiry.minus(offset).isAfter(now))
                .reduce((longer, shorter) -> shorter);
        Optional<Duration> next = reminders.offsets().stream()
                .filter(offset ->
                        covered.map(sent -> offset.compareTo(sent) < 0).orElse(true))
                .findFirst();
        return new Subscription(userId, SubscriptionStatus.ACTIVE, start, expiry, covered, next.map(expiry::minus));
    }
}

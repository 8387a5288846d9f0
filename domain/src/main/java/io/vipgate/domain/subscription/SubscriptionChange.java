package io.vipgate.domain.subscription;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One line of a subscription's history: who did what, when, and from which token, so "why?" has an answer. */
public record SubscriptionChange(
        long userId,
        ChangeKind kind,
        Instant at,
        Optional<Long> actorId,
        Optional<Instant> previousExpiry,
        Instant newExpiry,
        Optional<String> tokenPrefix) {

    public SubscriptionChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(previousExpiry, "previousExpiry");
        Objects.requireNonNull(newExpiry, "newExpiry");
        Objects.requireNonNull(tokenPrefix, "tokenPrefix");
    }

    /** The history line for going from {@code before} (none for a first subscription) to {@code after}. */
    public static SubscriptionChange between(
            Optional<Subscription> before,
            Subscription after,
            ChangeKind kind,
            Instant at,
            Optional<Long> actorId,
            Optional<String> tokenPrefix) {
        return new SubscriptionChange(
                after.userId(), kind, at, actorId, before.map(Subscription::expiresAt), after.expiresAt(), tokenPrefix);
    }
}

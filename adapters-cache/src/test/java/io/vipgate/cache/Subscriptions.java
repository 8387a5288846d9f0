package io.vipgate.cache;

import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Test data: subscriptions and user ids that no other test run shares. */
final class Subscriptions {

    private Subscriptions() {}

    static long randomUserId() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE / 2);
    }

    static Instant now() {
        // Microseconds, as PostgreSQL keeps them, so that snapshots compare equal after a round trip.
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static Subscription active(long userId, Instant now, Duration left) {
        return new Subscription(
                userId,
                SubscriptionStatus.ACTIVE,
                now.minus(Duration.ofDays(3)),
                now.plus(left),
                Optional.of(Duration.ofDays(1)),
                Optional.of(now.plus(left).minus(Duration.ofHours(1))));
    }

    static Subscription ended(long userId, Instant now, SubscriptionStatus status) {
        return new Subscription(
                userId,
                status,
                now.minus(Duration.ofDays(30)),
                now.minus(Duration.ofDays(1)),
                Optional.empty(),
                Optional.empty());
    }
}

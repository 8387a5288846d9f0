package io.vipgate.cache;

import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** The cache's own text form of a subscription snapshot, so that the domain record needs no serialiser. */
final class SubscriptionCodec {

    // s1|STATUS|periodStartedAt|expiresAt|lastReminder|nextReminderAt, "-" for an empty optional, or "none"
    // for a user without a subscription. A new layout gets a new leading tag; an unknown one reads as a miss.

    static final String NONE = "none";
    private static final String TAG = "s1";
    private static final String EMPTY = "-";

    /** A decoded entry: the snapshot as it was cached, "none" included. */
    record Entry(Optional<Subscription> subscription) {}

    private SubscriptionCodec() {}

    static String encode(Optional<Subscription> snapshot) {
        return snapshot.map(s -> String.join(
                        "|",
                        TAG,
                        s.status().name(),
                        s.periodStartedAt().toString(),
                        s.expiresAt().toString(),
                        s.lastReminder().map(Duration::toString).orElse(EMPTY),
                        s.nextReminderAt().map(Instant::toString).orElse(EMPTY)))
                .orElse(NONE);
    }

    /** The entry, or empty when the text is not one this version wrote (then it counts as a miss). */
    static Optional<Entry> decode(long userId, String text) {
        if (NONE.equals(text)) {
            return Optional.of(new Entry(Optional.empty()));
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length != 6 || !TAG.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Entry(Optional.of(new Subscription(
                    userId,
                    SubscriptionStatus.valueOf(parts[1]),
                    Instant.parse(parts[2]),
                    Instant.parse(parts[3]),
                    optional(parts[4], Duration::parse),
                    optional(parts[5], Instant::parse)))));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static <T> Optional<T> optional(String text, Function<String, T> parse) {
        return EMPTY.equals(text) ? Optional.empty() : Optional.of(parse.apply(text));
    }
}

package io.vipgate.cache;

import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/** The cache's own text form of a subscription snapshot, so that the domain record needs no serialiser. */
final class SubscriptionCodec {

    // s2|STATUS|periodStartedAt|expiresAt|lastReminder|nextReminderAt, "-" for an empty optional, or "none"
    // for a user without a subscription. Moments (from the epoch) and durations are <seconds>.<nanoseconds>: s1's
    // ISO-8601 text took a tenth of an update's CPU to parse on every cache hit. A new layout gets a new leading
    // tag; an unknown one (s1 included) reads as a miss.

    static final String NONE = "none";
    private static final String TAG = "s2";
    private static final String EMPTY = "-";

    /** A decoded entry: the snapshot as it was cached, "none" included. */
    record Entry(Optional<Subscription> subscription) {}

    private SubscriptionCodec() {}

    static String encode(Optional<Subscription> snapshot) {
        return snapshot.map(s -> String.join(
                        "|",
                        TAG,
                        s.status().name(),
                        moment(s.periodStartedAt()),
                        moment(s.expiresAt()),
                        s.lastReminder()
                                .map(d -> exact(d.getSeconds(), d.getNano()))
                                .orElse(EMPTY),
                        s.nextReminderAt().map(SubscriptionCodec::moment).orElse(EMPTY)))
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
                    exact(parts[2], Instant::ofEpochSecond),
                    exact(parts[3], Instant::ofEpochSecond),
                    optional(parts[4], span -> exact(span, Duration::ofSeconds)),
                    optional(parts[5], at -> exact(at, Instant::ofEpochSecond))))));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** {@code Instant::ofEpochSecond} and {@code Duration::ofSeconds}, which take the same two numbers. */
    @FunctionalInterface
    private interface FromSecondsAndNanos<T> {
        T of(long seconds, long nanos);
    }

    private static String moment(Instant instant) {
        return exact(instant.getEpochSecond(), instant.getNano());
    }

    private static String exact(long seconds, int nanos) {
        return seconds + "." + nanos;
    }

    private static <T> T exact(String text, FromSecondsAndNanos<T> of) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("not <seconds>.<nanoseconds>: " + text);
        }
        return of.of(Long.parseLong(text, 0, dot, 10), Integer.parseUnsignedInt(text, dot + 1, text.length(), 10));
    }

    private static <T> Optional<T> optional(String text, Function<String, T> parse) {
        return EMPTY.equals(text) ? Optional.empty() : Optional.of(parse.apply(text));
    }
}

package io.vipgate.application.dashboard.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One user as the dashboard shows them: who, and every change to their VIP time, newest first. */
public record SubscriberHistory(Optional<SubscriberRow> subscriber, List<Line> lines) {

    public SubscriberHistory {
        Objects.requireNonNull(subscriber, "subscriber");
        lines = List.copyOf(lines);
    }

    /** A history line; {@code actorId} is the admin who made the change, when one did. */
    public record Line(
            Instant at,
            String kind,
            Optional<Long> actorId,
            Optional<Instant> previousExpiresAt,
            Instant newExpiresAt) {}
}

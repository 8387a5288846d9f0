package io.vipgate.application.dashboard.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A user the bot knows, with their subscription if they ever had one: a row of the list and of its CSV export. */
public record SubscriberRow(
        long userId, String name, Optional<String> username, Optional<String> status, Optional<Instant> expiresAt) {

    public SubscriberRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Active and not yet past its end at {@code now}. */
    public boolean activeAt(Instant now) {
        return status.filter("ACTIVE"::equals).isPresent()
                && expiresAt.filter(now::isBefore).isPresent();
    }
}

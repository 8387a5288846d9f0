package io.vipgate.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** A {@code timestamptz} column of a native query as an {@link Instant}, whichever Java type the driver chose. */
final class Instants {

    private Instants() {
    }

    static Instant of(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case LocalDateTime local -> local.toInstant(ZoneOffset.UTC);
            case java.util.Date date -> date.toInstant();
            default -> throw new IllegalArgumentException("not a timestamp: " + value.getClass());
        };
    }

    static Optional<Instant> optional(Object value) {
        return Optional.ofNullable(value).map(Instants::of);
    }
}

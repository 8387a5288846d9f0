package io.vipgate.persistence.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** A {@code timestamptz} column of a native query as an {@link Instant}, whichever Java type the driver chose. */
public final class Instants {

    private Instants() {}

    public static Instant of(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            case LocalDateTime local -> local.toInstant(ZoneOffset.UTC);
            case java.util.Date date -> date.toInstant();
            default -> throw new IllegalArgumentException("not a timestamp: " + value.getClass());
        };
    }

    public static Optional<Instant> optional(Object value) {
        return Optional.ofNullable(value).map(Instants::of);
    }
}

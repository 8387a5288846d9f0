package io.vipgate.dashboard;

import io.vipgate.application.dashboard.port.in.PaymentRow;
import io.vipgate.application.dashboard.port.in.SubscriberRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The exports' lines (RFC 4180: CRLF, quotes doubled). A field a spreadsheet would run as a formula (= + - @ at the
 * start) gets a leading apostrophe, so that a username cannot become a formula in an admin's spreadsheet.
 */
final class Csv {

    static final String SUBSCRIBERS_HEADER = line(List.of("user_id", "name", "username", "status", "expires_at"));
    static final String PAYMENTS_HEADER =
            line(List.of("payment_id", "user_id", "plan", "stars", "kind", "state", "paid_at", "refunded_at"));

    private Csv() {}

    static String subscriber(SubscriberRow row) {
        return line(List.of(
                Long.toString(row.userId()),
                row.name(),
                row.username().orElse(""),
                row.status().orElse(""),
                instant(row.expiresAt())));
    }

    static String payment(PaymentRow row) {
        return line(List.of(
                Long.toString(row.id()),
                Long.toString(row.userId()),
                row.plan(),
                Long.toString(row.stars()),
                row.kind(),
                row.state(),
                row.paidAt().toString(),
                instant(row.refundedAt())));
    }

    static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String instant(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse("");
    }

    private static String field(String value) {
        String safe = !value.isEmpty()
                        && Stream.of("=", "+", "-", "@").anyMatch(value::startsWith)
                        && !value.matches("-?\\d+")
                ? "'" + value
                : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}

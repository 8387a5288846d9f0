package io.vipgate.application.legacyimport;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/** Reads legacy values: SQLAlchemy's naive DATETIME text (UTC), and words for what SQLite actually holds. */
final class LegacyValues {

    /** {@code 2025-11-05 12:30:45.123456}; seconds and fraction optional, {@code T} allowed, an offset honoured. */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm")
            .optionalStart()
            .appendPattern(":ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM", "Z")
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern DATE_TIME_SHAPE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?");
    private static final int QUOTE_LIMIT = 40;

    private LegacyValues() {}

    /**
     * The instant a legacy date-time text means; naive text is UTC, whatever this machine's time zone.
     * Truncated to microseconds, PostgreSQL's precision, so that what is written is exactly what is compared.
     *
     * @throws IllegalArgumentException with the reason, when the text is no date-time or an impossible one
     */
    static Instant instant(String text) {
        String normalized = text.strip();
        if (normalized.length() > 10 && normalized.charAt(10) == 'T') {
            normalized = normalized.substring(0, 10) + ' ' + normalized.substring(11);
        }
        try {
            TemporalAccessor parsed = DATE_TIME.parse(normalized);
            Instant instant = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? OffsetDateTime.from(parsed).toInstant()
                    : LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
            return instant.truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeException invalid) {
            if (DATE_TIME_SHAPE.matcher(normalized).matches()) {
                throw new IllegalArgumentException("is not a real date or time: " + describe(text));
            }
            throw new IllegalArgumentException(
                    "expected a date-time like 2025-11-05 12:30:45, found " + describe(text));
        }
    }

    /** What a raw SQLite value is, in words: "text \"abc\"", "integer 5", "real number 1.5", "NULL". */
    static String describe(Object value) {
        return switch (value) {
            case null -> "NULL";
            case String text ->
                "text \"" + (text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "..." : text) + "\"";
            case Long integer -> "integer " + integer;
            case Double real -> "real number " + real;
            case byte[] blob -> "a blob of " + blob.length + " bytes";
            default -> value.getClass().getSimpleName() + " " + value;
        };
    }
}

package io.vipgate.application.legacyimport;

import io.vipgate.application.legacyimport.port.out.LegacyRow;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Typed reads of one raw legacy row. Each read that fails records a problem naming the column and returns
 * null, so that one pass finds every problem of the row rather than stopping at the first.
 */
final class LegacyRowCheck {

    private final LegacyTableCheck table;
    private final LegacyRow row;
    private boolean ok = true;

    LegacyRowCheck(LegacyTableCheck table, LegacyRow row) {
        this.table = table;
        this.row = row;
    }

    boolean ok() {
        return ok;
    }

    void problem(String column, String message) {
        ok = false;
        table.problem(row, column, message);
    }

    Object raw(String column) {
        return row.get(column);
    }

    Long integer(String column, boolean required) {
        Object value = present(column, required);
        if (value == null || value instanceof Long) {
            return (Long) value;
        }
        problem(column, "expected an integer, found " + LegacyValues.describe(value));
        return null;
    }

    Long integer(String column, boolean required, long min, long max) {
        Long value = integer(column, required);
        if (value != null && (value < min || value > max)) {
            problem(column, "must be between " + min + " and " + max + ", found " + value);
            return null;
        }
        return value;
    }

    String text(String column, boolean required, int maxLength) {
        Object value = present(column, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            problem(column, "expected text, found " + LegacyValues.describe(value));
            return null;
        }
        if (text.length() > maxLength) {
            problem(column, "is " + text.length() + " characters long, vipgate keeps at most " + maxLength);
            return null;
        }
        return text;
    }

    /** Text that must be one of {@code allowed} (compared ignoring case and surrounding spaces); upper-cased. */
    String choice(String column, boolean required, Set<String> allowed) {
        String text = text(column, required, Integer.MAX_VALUE);
        if (text == null) {
            return null;
        }
        String normalized = text.strip().toUpperCase(Locale.ROOT);
        if (!allowed.contains(normalized)) {
            problem(
                    column,
                    "expected one of " + allowed.stream().sorted().toList() + ", found " + LegacyValues.describe(text));
            return null;
        }
        return normalized;
    }

    Instant time(String column, boolean required) {
        Object value = present(column, required);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            problem(column, "expected a date-time like 2025-11-05 12:30:45, found " + LegacyValues.describe(value));
            return null;
        }
        try {
            return LegacyValues.instant(text);
        } catch (IllegalArgumentException invalid) {
            problem(column, invalid.getMessage());
            return null;
        }
    }

    /** SQLAlchemy's BOOLEAN on SQLite: the integers 0 and 1. */
    Boolean flag(String column, boolean required) {
        Object value = present(column, required);
        if (value == null) {
            return null;
        }
        if (value instanceof Long number && (number == 0 || number == 1)) {
            return number == 1;
        }
        problem(column, "expected a boolean (0 or 1), found " + LegacyValues.describe(value));
        return null;
    }

    Double number(String column, boolean required) {
        Object value = present(column, required);
        if (value == null || value instanceof Double) {
            return (Double) value;
        }
        if (value instanceof Long integer) {
            return integer.doubleValue();
        }
        problem(column, "expected a number, found " + LegacyValues.describe(value));
        return null;
    }

    private Object present(String column, boolean required) {
        Object value = row.get(column);
        if (value == null && required) {
            problem(column, "is missing (NULL)");
        }
        return value;
    }
}

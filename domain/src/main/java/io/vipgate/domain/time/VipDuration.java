package io.vipgate.domain.time;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A span of VIP time or a wait as a person types it: {@code <n>m}, {@code <n>h}, {@code <n>d}, {@code <n>w}. */
public record VipDuration(Duration value) implements Comparable<VipDuration> {

    public static final String SYNTAX = "<n>m, <n>h, <n>d or <n>w (minutes, hours, days, weeks), from 1m to 3650d";
    public static final Duration MIN = Duration.ofMinutes(1);
    public static final Duration MAX = Duration.ofDays(3650);

    private static final Pattern TEXT = Pattern.compile("([1-9][0-9]{0,8})([mhdw])");

    public VipDuration {
        if (value == null) {
            throw new InvalidDurationException("null");
        }
        if (value.compareTo(MIN) < 0
                || value.compareTo(MAX) > 0
                || value.toSecondsPart() != 0
                || value.getNano() != 0) {
            throw new InvalidDurationException(value.toString());
        }
    }

    /** Parses what a person typed; rejects anything outside the syntax or the bounds with the syntax in the message. */
    public static VipDuration parse(String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher matcher = TEXT.matcher(trimmed);
        if (!matcher.matches()) {
            throw new InvalidDurationException(text);
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration unit = switch (matcher.group(2)) {
            case "m" -> Duration.ofMinutes(1);
            case "h" -> Duration.ofHours(1);
            case "d" -> Duration.ofDays(1);
            default -> Duration.ofDays(7);
        };
        // Checked here, not only in the constructor, so that the message quotes what the person typed.
        if (amount > MAX.toMinutes() || unit.multipliedBy(amount).compareTo(MAX) > 0) {
            throw new InvalidDurationException(text);
        }
        return new VipDuration(unit.multipliedBy(amount));
    }

    public static VipDuration ofMinutes(long minutes) {
        return new VipDuration(Duration.ofMinutes(minutes));
    }

    public static VipDuration ofDays(long days) {
        return new VipDuration(Duration.ofDays(days));
    }

    public long toMinutes() {
        return value.toMinutes();
    }

    /** The shortest exact text for this duration, so that {@code parse(d.text())} equals {@code d}. */
    public String text() {
        long minutes = value.toMinutes();
        if (minutes % (7 * 24 * 60) == 0) {
            return minutes / (7 * 24 * 60) + "w";
        }
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "d";
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + "h";
        }
        return minutes + "m";
    }

    @Override
    public int compareTo(VipDuration other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return text();
    }
}

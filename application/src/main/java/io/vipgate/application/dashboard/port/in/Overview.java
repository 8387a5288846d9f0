package io.vipgate.application.dashboard.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The overview's figures. {@code endedLast30Days} are subscriptions that expired or were revoked in the last 30 days;
 * {@code monthlyRecurringStars} is what the monthly subscriptions still renewing bring in a month.
 */
public record Overview(
        long activeSubscribers,
        long expiringWithinWeek,
        long endedLast30Days,
        long monthlyRecurringStars,
        List<Day> days) {

    public Overview {
        Objects.requireNonNull(days, "days");
        days = List.copyOf(days);
    }

    /** Ended in the last 30 days over those who were active at some point in them, in percent, one decimal. */
    public double churnPercent() {
        long base = activeSubscribers + endedLast30Days;
        return base == 0 ? 0 : Math.round(1000.0 * endedLast30Days / base) / 10.0;
    }

    /** One UTC day: subscriptions started, subscriptions that ran out, intruders removed, Stars taken. */
    public record Day(LocalDate date, long joins, long expiries, long intrudersRemoved, long stars) {}
}

package io.vipgate.domain.subscription;

import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's one VIP subscription. {@code lastReminder} is the smallest reminder offset already covered in the
 * current period; {@code nextReminderAt} is when the next one is due, kept so that the job can find it by index.
 */
public record Subscription(
        long userId,
        SubscriptionStatus status,
        Instant periodStartedAt,
        Instant expiresAt,
        Optional<Duration> lastReminder,
        Optional<Instant> nextReminderAt) {

    public Subscription {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(periodStartedAt, "periodStartedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(lastReminder, "lastReminder");
        Objects.requireNonNull(nextReminderAt, "nextReminderAt");
    }

    /** A first subscription for {@code userId}, running {@code duration} from {@code now}. */
    public static Subscription start(long userId, VipDuration duration, Instant now, ReminderSchedule reminders) {
        return armed(userId, SubscriptionStatus.ACTIVE, now, now.plus(duration.value()), now, reminders);
    }

    /**
     * Adds {@code duration} on top of the time left: {@code expires_at = max(now, expires_at) + duration}.
     * A lapsed or revoked subscription starts a new period; reminders whose moment now lies ahead are re-armed.
     */
    public Subscription stack(VipDuration duration, Instant now, ReminderSchedule reminders) {
        boolean running = isActiveAt(now);
        Instant base = running ? expiresAt : now;
        Instant periodStart = running ? periodStartedAt : now;
        return armed(userId, SubscriptionStatus.ACTIVE, periodStart, base.plus(duration.value()), now, reminders);
    }

    /**
     * Active until {@code until} (a paid period's end, or what a refund leaves): the current period goes on if it
     * is running, otherwise a new one starts now. An {@code until} of {@code now} leaves it due for expiry.
     */
    public static Subscription runningUntil(
            Optional<Subscription> current, long userId, Instant until, Instant now, ReminderSchedule reminders) {
        Instant periodStart = current.filter(s -> s.isActiveAt(now))
                .map(Subscription::periodStartedAt)
                .orElse(now);
        if (until.isBefore(periodStart)) {
            throw new IllegalArgumentException("a subscription cannot end before its period starts");
        }
        return armed(userId, SubscriptionStatus.ACTIVE, periodStart, until, now, reminders);
    }

    /** Access ended because its time ran out. */
    public Subscription expire() {
        if (status != SubscriptionStatus.ACTIVE) {
            throw new IllegalStateException("only an active subscription can expire, this one is " + status);
        }
        return new Subscription(
                userId, SubscriptionStatus.EXPIRED, periodStartedAt, expiresAt, lastReminder, Optional.empty());
    }

    /** Access ended by an admin, at once. */
    public Subscription revoke(Instant now) {
        Instant end = expiresAt.isBefore(now) ? expiresAt : now;
        return new Subscription(
                userId, SubscriptionStatus.REVOKED, periodStartedAt, end, lastReminder, Optional.empty());
    }

    public boolean isActiveAt(Instant now) {
        return status == SubscriptionStatus.ACTIVE && expiresAt.isAfter(now);
    }

    /** Still marked active although its time is over: the expiry job's work. */
    public boolean isExpiryDue(Instant now) {
        return status == SubscriptionStatus.ACTIVE && !expiresAt.isAfter(now);
    }

    public Duration timeLeft(Instant now) {
        return isActiveAt(now) ? Duration.between(now, expiresAt) : Duration.ZERO;
    }

    /**
     * The reminder to send now, if any. When several are due (the job was late) only the most urgent one is
     * sent; the ones it overtook are not sent afterwards.
     */
    public Optional<Duration> dueReminder(Instant now, ReminderSchedule reminders) {
        if (!isActiveAt(now)) {
            return Optional.empty();
        }
        return reminders
                .latestPassed(expiresAt, now)
                .filter(offset ->
                        lastReminder.map(sent -> offset.compareTo(sent) < 0).orElse(true));
    }

    /** Records that the reminder at {@code offset} went out, so it is never sent again this period. */
    public Subscription remindedAt(Duration offset, ReminderSchedule reminders) {
        Optional<Duration> covered = Optional.of(offset);
        return new Subscription(
                userId,
                status,
                periodStartedAt,
                expiresAt,
                covered,
                reminders.nextAfter(covered).map(expiresAt::minus));
    }

    /**
     * The next reminder worked out again for {@code reminders}, keeping what was already sent: for a row armed
     * under another schedule (the operator changed REMINDER_OFFSETS), so that it is neither stuck nor early.
     */
    public Subscription rearmed(ReminderSchedule reminders) {
        return new Subscription(
                userId,
                status,
                periodStartedAt,
                expiresAt,
                lastReminder,
                reminders.nextAfter(lastReminder).map(expiresAt::minus));
    }

    private static Subscription armed(
            long userId,
            SubscriptionStatus status,
            Instant periodStart,
            Instant expiresAt,
            Instant now,
            ReminderSchedule reminders) {
        Optional<Duration> covered = reminders.latestPassed(expiresAt, now);
        return new Subscription(
                userId,
                status,
                periodStart,
                expiresAt,
                covered,
                reminders.nextAfter(covered).map(expiresAt::minus));
    }
}

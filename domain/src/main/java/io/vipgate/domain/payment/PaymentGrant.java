package io.vipgate.domain.payment;

import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a payment does to a subscription, and what its refund undoes. A one-time plan stacks its duration; a monthly
 * payment makes the user VIP until the end of the period Telegram reports, never cutting time they already had (an
 * out-of-order or repeated renewal therefore changes nothing). A refund takes back the time the payment added,
 * never ending before now.
 */
public final class PaymentGrant {

    private PaymentGrant() {}

    /** The subscription after the payment, and how much later it now ends than it would have. */
    public record Granted(Subscription after, Duration added) {}

    public static Granted grant(
            Optional<Subscription> current,
            PlanTerm term,
            Optional<Instant> periodEnd,
            Instant now,
            ReminderSchedule reminders,
            long userId) {
        Instant endBefore = current.filter(s -> s.isActiveAt(now))
                .map(Subscription::expiresAt)
                .orElse(now);
        Subscription after = switch (term) {
            case PlanTerm.OneTime once ->
                current.map(s -> s.stack(once.duration(), now, reminders))
                        .orElseGet(() -> Subscription.start(userId, once.duration(), now, reminders));
            case PlanTerm.Monthly monthly -> {
                Instant end = periodEnd.orElseGet(() -> now.plus(PlanTerm.MONTHLY_PERIOD));
                Instant until = end.isAfter(endBefore) ? end : endBefore;
                yield Subscription.runningUntil(current, userId, until, now, reminders);
            }
        };
        Duration added = Duration.between(endBefore, after.expiresAt());
        return new Granted(after, added.isNegative() ? Duration.ZERO : added);
    }

    /** {@code current} with {@code granted} taken back, ending at {@code now} at the earliest. */
    public static Subscription takeBack(
            Subscription current, Duration granted, Instant now, ReminderSchedule reminders) {
        if (!current.isActiveAt(now)) {
            return current;
        }
        Instant shortened = current.expiresAt().minus(granted);
        Instant until = shortened.isAfter(now) ? shortened : now;
        return Subscription.runningUntil(Optional.of(current), current.userId(), until, now, reminders);
    }
}

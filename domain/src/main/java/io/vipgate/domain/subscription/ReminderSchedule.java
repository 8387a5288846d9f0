package io.vipgate.domain.subscription;

import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The offsets before expiry at which a subscriber is reminded, longest first (default 3d, 1d, 1h). */
public record ReminderSchedule(List<Duration> offsets) {

    public static final ReminderSchedule DEFAULT =
            of(List.of(VipDuration.ofDays(3), VipDuration.ofDays(1), VipDuration.ofMinutes(60)));

    public ReminderSchedule {
        if (offsets.stream().anyMatch(offset -> offset.isNegative() || offset.isZero())) {
            throw new IllegalArgumentException("reminder offsets must be positive");
        }
        offsets = offsets.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    public static ReminderSchedule of(List<VipDuration> durations) {
        return new ReminderSchedule(durations.stream().map(VipDuration::value).toList());
    }

    /**
     * The smallest offset whose moment has come for {@code expiresAt}: reminders already overtaken by
     * time count as covered, so a late job or a short subscription never sends a stale "3 days left".
     */
    Optional<Duration> latestPassed(Instant expiresAt, Instant now) {
        return offsets.stream().filter(o -> !expiresAt.minus(o).isAfter(now)).reduce((a, b) -> b);
    }

    /** The next offset to send after {@code lastSent} (all of them if nothing was sent yet). */
    Optional<Duration> nextAfter(Optional<Duration> lastSent) {
        return offsets.stream()
                .filter(o -> lastSent.map(sent -> o.compareTo(sent) < 0).orElse(true))
                .findFirst();
    }
}

package io.vipgate.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A subscription armed under one reminder schedule is re-armed for another without losing what was sent. */
class ReminderRearmTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final ReminderSchedule TWO_DAYS = ReminderSchedule.of(List.of(VipDuration.ofDays(2)));

    @Test
    void rearmedForANewSchedule_pointsAtItsFirstOffset() {
        Subscription armedForDefault = Subscription.start(42L, VipDuration.ofDays(30), T0, ReminderSchedule.DEFAULT);

        Subscription rearmed = armedForDefault.rearmed(TWO_DAYS);

        assertThat(rearmed.nextReminderAt())
                .contains(armedForDefault.expiresAt().minus(Duration.ofDays(2)));
        assertThat(rearmed.lastReminder()).isEmpty();
        assertThat(rearmed.dueReminder(rearmed.nextReminderAt().orElseThrow(), TWO_DAYS))
                .contains(Duration.ofDays(2));
    }

    @Test
    void rearmed_keepsRemindersAlreadySent_andDisarmsWhenNoneIsLeft() {
        Subscription reminded = Subscription.start(42L, VipDuration.ofDays(30), T0, ReminderSchedule.DEFAULT)
                .remindedAt(Duration.ofDays(1), ReminderSchedule.DEFAULT);

        Subscription rearmed = reminded.rearmed(TWO_DAYS);

        assertThat(rearmed.lastReminder()).contains(Duration.ofDays(1));
        assertThat(rearmed.nextReminderAt()).isEmpty();
    }
}

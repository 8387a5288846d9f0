package io.vipgate.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.domain.time.DurationList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reminder offsets before expiry: longest first, each once. */
class ReminderScheduleTest {

    private static final Instant END = Instant.parse("2025-04-01T00:00:00Z");
    private static final Duration D3 = Duration.ofDays(3);
    private static final Duration D1 = Duration.ofDays(1);
    private static final Duration H1 = Duration.ofHours(1);

    @Test
    void default_isThreeDaysOneDayOneHour() {
        assertThat(ReminderSchedule.DEFAULT.offsets()).containsExactly(D3, D1, H1);
    }

    @Test
    void offsets_areSortedLongestFirst_withoutDuplicates() {
        ReminderSchedule schedule = ReminderSchedule.of(DurationList.parse("1h,3d,1d,24h,1h"));
        assertThat(schedule.offsets()).containsExactly(D3, D1, H1);
        assertThat(new ReminderSchedule(List.of(H1, D1, H1)).offsets()).containsExactly(D1, H1);
    }

    @Test
    void latestPassed_isTheSmallestOffsetWhoseMomentHasCome() {
        ReminderSchedule schedule = ReminderSchedule.DEFAULT;
        assertThat(schedule.latestPassed(END, END.minus(Duration.ofDays(10)))).isEmpty();
        assertThat(schedule.latestPassed(END, END.minus(D3).minusNanos(1))).isEmpty();
        assertThat(schedule.latestPassed(END, END.minus(D3))).contains(D3);
        assertThat(schedule.latestPassed(END, END.minus(Duration.ofHours(30)))).contains(D3);
        assertThat(schedule.latestPassed(END, END.minus(D1))).contains(D1);
        assertThat(schedule.latestPassed(END, END.minusSeconds(60))).contains(H1);
        assertThat(schedule.latestPassed(END, END.plusSeconds(60))).contains(H1);
    }

    @Test
    void nextAfter_isTheLongestOffsetShorterThanTheLastSent() {
        ReminderSchedule schedule = ReminderSchedule.DEFAULT;
        assertThat(schedule.nextAfter(Optional.empty())).contains(D3);
        assertThat(schedule.nextAfter(Optional.of(D3))).contains(D1);
        assertThat(schedule.nextAfter(Optional.of(Duration.ofDays(2)))).contains(D1);
        assertThat(schedule.nextAfter(Optional.of(D1))).contains(H1);
        assertThat(schedule.nextAfter(Optional.of(H1))).isEmpty();
    }

    @Test
    void anEmptySchedule_hasNothingToSend() {
        ReminderSchedule none = ReminderSchedule.of(List.of());
        assertThat(none.nextAfter(Optional.empty())).isEmpty();
        assertThat(none.latestPassed(END, END)).isEmpty();
    }
}

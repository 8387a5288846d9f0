package io.vipgate.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Stacking and reminder maths of {@link Subscription} as jqwik properties, apart from {@link SubscriptionTest} because surefire
 * writes one report per class and engine.
 */
class SubscriptionPropertiesTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");

    @Property
    void stack_isMaxOfNowAndExpiry_plusDuration(
            @ForAll("reachableStates") Subscription current,
            @ForAll @LongRange(min = 1, max = 5_256_000) long minutes) {
        VipDuration duration = VipDuration.ofMinutes(minutes);
        Subscription stacked = current.stack(duration, T0, ReminderSchedule.DEFAULT);
        Instant base = current.expiresAt().isAfter(T0) ? current.expiresAt() : T0;
        assertThat(stacked.expiresAt()).isEqualTo(base.plus(duration.value()));
        assertThat(stacked.expiresAt()).isAfterOrEqualTo(T0.plus(duration.value()));
        assertThat(stacked.isActiveAt(T0)).isTrue();
        assertThat(stacked.periodStartedAt()).isEqualTo(current.isActiveAt(T0) ? current.periodStartedAt() : T0);
        assertThat(stacked.dueReminder(T0, ReminderSchedule.DEFAULT)).isEmpty();
        stacked.nextReminderAt().ifPresent(next -> assertThat(next).isAfter(T0).isBefore(stacked.expiresAt()));
    }

    @Property
    void stackingTwiceWhileActive_addsBothDurations(
            @ForAll @LongRange(min = 1, max = 1_000_000) long first,
            @ForAll @LongRange(min = 1, max = 1_000_000) long second,
            @ForAll @LongRange(min = 0, max = 1_000_000) long elapsed) {
        Subscription s = Subscription.start(7L, VipDuration.ofMinutes(1_000_001), T0, ReminderSchedule.DEFAULT);
        Instant now = T0.plus(Duration.ofMinutes(elapsed));
        Subscription twice = s.stack(VipDuration.ofMinutes(first), now, ReminderSchedule.DEFAULT)
                .stack(VipDuration.ofMinutes(second), now, ReminderSchedule.DEFAULT);
        assertThat(twice.expiresAt()).isEqualTo(s.expiresAt().plus(Duration.ofMinutes(first + second)));
        assertThat(twice.periodStartedAt()).isEqualTo(T0);
    }

    @Property
    void aReminderJob_sendsEachOffsetAtMostOnce_longestFirst_neverOneAsLongAsTheSubscription(
            @ForAll @LongRange(min = 1, max = 60 * 24 * 60) long minutes,
            @ForAll @LongRange(min = 1, max = 60) long stepMinutes) {
        ReminderSchedule schedule = ReminderSchedule.DEFAULT;
        Subscription s = Subscription.start(7L, VipDuration.ofMinutes(minutes), T0, schedule);
        List<Duration> sent = new ArrayList<>();
        for (Instant now = T0; !now.isAfter(s.expiresAt()); now = now.plus(Duration.ofMinutes(stepMinutes))) {
            Optional<Duration> due = s.dueReminder(now, schedule);
            if (due.isPresent()) {
                sent.add(due.get());
                s = s.remindedAt(due.get(), schedule);
            }
        }
        assertThat(sent).isSortedAccordingTo((a, b) -> b.compareTo(a)).doesNotHaveDuplicates();
        assertThat(sent).allSatisfy(offset -> assertThat(offset).isLessThan(Duration.ofMinutes(minutes)));
        assertThat(schedule.offsets()).containsAll(sent);
        if (minutes > 60) {
            assertThat(sent).last().isEqualTo(Duration.ofHours(1));
        } else {
            assertThat(sent).isEmpty();
        }
    }

    /** Any state a subscription can be in at T0: active with any expiry, or ended no later than now. */
    @Provide
    Arbitrary<Subscription> reachableStates() {
        Arbitrary<Long> activeOffset = Arbitraries.longs().between(-20L * 365 * 86_400, 20L * 365 * 86_400);
        Arbitrary<Long> endedOffset = Arbitraries.longs().between(-20L * 365 * 86_400, 0);
        Arbitrary<SubscriptionStatus> status = Arbitraries.of(SubscriptionStatus.class);
        return Combinators.combine(status, activeOffset, endedOffset).as((st, active, ended) -> {
            Instant expiresAt = T0.plusSeconds(st == SubscriptionStatus.ACTIVE ? active : ended);
            return new Subscription(
                    7L, st, expiresAt.minus(Duration.ofDays(30)), expiresAt, Optional.empty(), Optional.empty());
        });
    }
}

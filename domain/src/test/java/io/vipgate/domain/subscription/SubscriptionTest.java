package io.vipgate.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One VIP subscription per user: start, stack, expire, revoke and remind. */
class SubscriptionTest {

    static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    static final ReminderSchedule REMINDERS = ReminderSchedule.DEFAULT;
    static final Duration D3 = Duration.ofDays(3);
    static final Duration D1 = Duration.ofDays(1);
    static final Duration H1 = Duration.ofHours(1);

    static Subscription started(VipDuration duration) {
        return Subscription.start(42L, duration, T0, REMINDERS);
    }

    static Instant at(Duration sinceT0) {
        return T0.plus(sinceT0);
    }

    @Nested
    class Lifecycle {

        @Test
        void start_runsTheDurationFromNow() {
            Subscription s = started(VipDuration.ofDays(30));
            assertThat(s.userId()).isEqualTo(42L);
            assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(s.periodStartedAt()).isEqualTo(T0);
            assertThat(s.expiresAt()).isEqualTo(at(Duration.ofDays(30)));
            assertThat(s.timeLeft(T0)).isEqualTo(Duration.ofDays(30));
        }

        @Test
        void redeemingWhileActive_stacksOnCurrentExpiry_keepingThePeriod() {
            Subscription s =
                    started(VipDuration.ofDays(30)).stack(VipDuration.ofDays(7), at(Duration.ofDays(10)), REMINDERS);
            assertThat(s.expiresAt()).isEqualTo(at(Duration.ofDays(37)));
            assertThat(s.periodStartedAt()).isEqualTo(T0);
            assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        }

        @Test
        void stackingOnAnExpiredSubscription_startsANewPeriodFromNow() {
            Subscription lapsed = started(VipDuration.ofDays(1));
            Instant now = at(Duration.ofDays(5));
            for (Subscription before : List.of(lapsed, lapsed.expire())) {
                Subscription s = before.stack(VipDuration.ofDays(7), now, REMINDERS);
                assertThat(s.expiresAt()).isEqualTo(now.plus(Duration.ofDays(7)));
                assertThat(s.periodStartedAt()).isEqualTo(now);
                assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
            }
        }

        @Test
        void stackingExactlyAtExpiry_startsANewPeriod() {
            Instant end = at(Duration.ofDays(1));
            Subscription s = started(VipDuration.ofDays(1)).stack(VipDuration.ofDays(2), end, REMINDERS);
            assertThat(s.expiresAt()).isEqualTo(end.plus(Duration.ofDays(2)));
            assertThat(s.periodStartedAt()).isEqualTo(end);
        }

        @Test
        void stackingOnARevokedSubscription_doesNotGiveBackTheRevokedTime() {
            Subscription revoked = started(VipDuration.ofDays(30)).revoke(at(D1));
            Instant now = at(Duration.ofDays(2));
            Subscription s = revoked.stack(VipDuration.ofDays(7), now, REMINDERS);
            assertThat(s.status()).isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(s.expiresAt()).isEqualTo(now.plus(Duration.ofDays(7)));
            assertThat(s.periodStartedAt()).isEqualTo(now);
        }

        @Test
        void expire_marksExpired_keepsTheExpiry_andDisarmsReminders() {
            Subscription s = started(VipDuration.ofDays(30)).expire();
            assertThat(s.status()).isEqualTo(SubscriptionStatus.EXPIRED);
            assertThat(s.expiresAt()).isEqualTo(at(Duration.ofDays(30)));
            assertThat(s.nextReminderAt()).isEmpty();
            assertThatThrownBy(s::expire).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> started(VipDuration.ofDays(1)).revoke(T0).expire())
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void revoke_endsAccessNow() {
            Instant now = at(Duration.ofDays(3));
            Subscription s = started(VipDuration.ofDays(30)).revoke(now);
            assertThat(s.status()).isEqualTo(SubscriptionStatus.REVOKED);
            assertThat(s.expiresAt()).isEqualTo(now);
            assertThat(s.nextReminderAt()).isEmpty();
            assertThat(s.isActiveAt(now)).isFalse();
            assertThat(s.isActiveAt(now.minusSeconds(1))).isFalse();
            assertThat(s.timeLeft(now.minusSeconds(1))).isZero();
        }

        @Test
        void revokingAfterTheTimeRanOut_keepsTheOriginalEnd() {
            Subscription s = started(VipDuration.ofDays(1)).revoke(at(Duration.ofDays(4)));
            assertThat(s.expiresAt()).isEqualTo(at(D1));
        }

        @Test
        void exactlyAtExpiresAt_itIsNotActive_andExpiryIsDue() {
            Subscription s = started(VipDuration.ofDays(1));
            Instant end = s.expiresAt();
            assertThat(s.isActiveAt(end.minusNanos(1))).isTrue();
            assertThat(s.isExpiryDue(end.minusNanos(1))).isFalse();
            assertThat(s.timeLeft(end.minusNanos(1))).isEqualTo(Duration.ofNanos(1));
            assertThat(s.isActiveAt(end)).isFalse();
            assertThat(s.isExpiryDue(end)).isTrue();
            assertThat(s.timeLeft(end)).isZero();
            assertThat(s.isExpiryDue(end.plusSeconds(3600))).isTrue();
        }

        @Test
        void endedSubscriptions_areNeverActiveNorDueForExpiry() {
            Subscription expired = started(VipDuration.ofDays(1)).expire();
            Subscription revoked = started(VipDuration.ofDays(1)).revoke(T0.plusSeconds(5));
            for (Subscription s : List.of(expired, revoked)) {
                assertThat(s.isActiveAt(T0)).isFalse();
                assertThat(s.isExpiryDue(at(Duration.ofDays(2)))).isFalse();
            }
        }
    }

    @Nested
    class Reminders {

        /** What a reminder job polling every {@code step} would send between {@code from} and {@code to}. */
        List<Duration> runJob(Subscription start, Instant from, Instant to, Duration step) {
            List<Duration> sent = new ArrayList<>();
            Subscription s = start;
            for (Instant now = from; !now.isAfter(to); now = now.plus(step)) {
                Optional<Duration> due = s.dueReminder(now, REMINDERS);
                if (due.isPresent()) {
                    sent.add(due.get());
                    s = s.remindedAt(due.get(), REMINDERS);
                }
            }
            return sent;
        }

        @Test
        void eachReminderIsSentOnce_atItsOffsetBeforeExpiry() {
            Subscription s = started(VipDuration.ofDays(30));
            Instant end = s.expiresAt();
            assertThat(s.nextReminderAt()).contains(end.minus(D3));
            assertThat(s.dueReminder(end.minus(D3).minusNanos(1), REMINDERS)).isEmpty();
            assertThat(s.dueReminder(end.minus(D3), REMINDERS)).contains(D3);

            s = s.remindedAt(D3, REMINDERS);
            assertThat(s.lastReminder()).contains(D3);
            assertThat(s.nextReminderAt()).contains(end.minus(D1));
            assertThat(s.dueReminder(end.minus(D3), REMINDERS)).isEmpty();
            assertThat(s.dueReminder(end.minus(D1).minusNanos(1), REMINDERS)).isEmpty();
            assertThat(s.dueReminder(end.minus(D1), REMINDERS)).contains(D1);

            s = s.remindedAt(D1, REMINDERS);
            assertThat(s.nextReminderAt()).contains(end.minus(H1));
            assertThat(s.dueReminder(end.minus(H1), REMINDERS)).contains(H1);

            s = s.remindedAt(H1, REMINDERS);
            assertThat(s.nextReminderAt()).isEmpty();
            assertThat(s.dueReminder(end.minusSeconds(1), REMINDERS)).isEmpty();
        }

        @Test
        void aJobRunningEveryTenMinutes_sendsThreeDaysOneDayOneHour_once() {
            Subscription s = started(VipDuration.ofDays(30));
            assertThat(runJob(s, T0, s.expiresAt().plus(D1), Duration.ofMinutes(10)))
                    .containsExactly(D3, D1, H1);
        }

        @Test
        void aLateJob_sendsOnlyTheMostUrgentReminder() {
            Subscription s = started(VipDuration.ofDays(30));
            Instant end = s.expiresAt();
            assertThat(s.dueReminder(end.minusSeconds(30 * 60), REMINDERS)).contains(H1);
            Subscription reminded = s.remindedAt(H1, REMINDERS);
            assertThat(reminded.nextReminderAt()).isEmpty();
            assertThat(reminded.dueReminder(end.minusSeconds(60), REMINDERS)).isEmpty();

            assertThat(runJob(s, end.minus(Duration.ofHours(12)), end, Duration.ofMinutes(5)))
                    .containsExactly(D1, H1);
        }

        @Test
        void aTwoDaySubscription_neverGetsTheThreeDayReminder() {
            Subscription s = started(VipDuration.ofDays(2));
            assertThat(s.dueReminder(T0, REMINDERS)).isEmpty();
            assertThat(s.nextReminderAt()).contains(s.expiresAt().minus(D1));
            assertThat(runJob(s, T0, s.expiresAt(), Duration.ofMinutes(1))).containsExactly(D1, H1);
        }

        @Test
        void aSubscriptionExactlyAsLongAsAnOffset_skipsThatReminderAtPurchase() {
            Subscription s = started(VipDuration.ofDays(3));
            assertThat(s.dueReminder(T0, REMINDERS)).isEmpty();
            assertThat(runJob(s, T0, s.expiresAt(), Duration.ofMinutes(1))).containsExactly(D1, H1);
        }

        @Test
        void aThirtyMinuteSubscription_getsNoReminder() {
            Subscription s = started(VipDuration.ofMinutes(30));
            assertThat(s.nextReminderAt()).isEmpty();
            assertThat(runJob(s, T0, s.expiresAt().plusSeconds(60), Duration.ofMinutes(1)))
                    .isEmpty();
        }

        @Test
        void stacking_reArmsRemindersWhoseMomentLiesAhead() {
            Subscription s = started(VipDuration.ofDays(30));
            Instant end = s.expiresAt();
            s = s.remindedAt(D3, REMINDERS);
            Subscription renewed = s.stack(VipDuration.ofDays(7), end.minus(Duration.ofDays(2)), REMINDERS);
            Instant newEnd = end.plus(Duration.ofDays(7));
            assertThat(renewed.lastReminder()).isEmpty();
            assertThat(renewed.nextReminderAt()).contains(newEnd.minus(D3));
            assertThat(runJob(renewed, end.minus(Duration.ofDays(2)), newEnd, Duration.ofMinutes(10)))
                    .containsExactly(D3, D1, H1);
        }

        @Test
        void stacking_doesNotReArmRemindersWhoseMomentHasPassed() {
            Subscription s = started(VipDuration.ofDays(30));
            Instant end = s.expiresAt();
            Instant now = end.minus(Duration.ofHours(20));
            s = s.remindedAt(D3, REMINDERS).remindedAt(D1, REMINDERS);
            Subscription renewed = s.stack(VipDuration.ofDays(1), now, REMINDERS);
            assertThat(renewed.lastReminder()).contains(D3);
            assertThat(renewed.nextReminderAt()).contains(end);
            assertThat(runJob(renewed, now, end.plus(D1), Duration.ofMinutes(10)))
                    .containsExactly(D1, H1);
        }

        @Test
        void noReminderAfterExpiry() {
            Subscription s = started(VipDuration.ofDays(30));
            Instant end = s.expiresAt();
            assertThat(s.dueReminder(end, REMINDERS)).isEmpty();
            assertThat(s.dueReminder(end.plus(H1), REMINDERS)).isEmpty();
            assertThat(s.expire().dueReminder(end.minus(H1), REMINDERS)).isEmpty();
            assertThat(s.revoke(end.minus(Duration.ofDays(2))).dueReminder(end.minus(Duration.ofDays(2)), REMINDERS))
                    .isEmpty();
        }

        @Test
        void anEmptySchedule_neverReminds() {
            ReminderSchedule none = ReminderSchedule.of(List.of());
            Subscription s = Subscription.start(42L, VipDuration.ofDays(30), T0, none);
            assertThat(s.nextReminderAt()).isEmpty();
            assertThat(s.dueReminder(s.expiresAt().minusSeconds(1), none)).isEmpty();
        }
    }
}

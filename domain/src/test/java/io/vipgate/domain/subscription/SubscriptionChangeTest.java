package io.vipgate.domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** History lines that answer "why was I removed?". */
class SubscriptionChangeTest {

    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");

    @Test
    void between_aFirstSubscription_hasNoPreviousExpiry() {
        Subscription after = Subscription.start(42L, VipDuration.ofDays(30), T0, ReminderSchedule.DEFAULT);
        SubscriptionChange change = SubscriptionChange.between(
                Optional.empty(), after, ChangeKind.REDEEMED, T0, Optional.empty(), Optional.of("AAECAw"));
        assertThat(change)
                .isEqualTo(new SubscriptionChange(
                        42L,
                        ChangeKind.REDEEMED,
                        T0,
                        Optional.empty(),
                        Optional.empty(),
                        T0.plus(Duration.ofDays(30)),
                        Optional.of("AAECAw")));
    }

    @Test
    void between_recordsTheExpiryBeforeAndAfter_andWhoDidIt() {
        Subscription before = Subscription.start(42L, VipDuration.ofDays(30), T0, ReminderSchedule.DEFAULT);
        Instant now = T0.plus(Duration.ofDays(2));
        Subscription after = before.stack(VipDuration.ofDays(7), now, ReminderSchedule.DEFAULT);
        SubscriptionChange change = SubscriptionChange.between(
                Optional.of(before), after, ChangeKind.EXTENDED, now, Optional.of(7L), Optional.empty());
        assertThat(change.userId()).isEqualTo(42L);
        assertThat(change.kind()).isEqualTo(ChangeKind.EXTENDED);
        assertThat(change.at()).isEqualTo(now);
        assertThat(change.actorId()).contains(7L);
        assertThat(change.previousExpiry()).contains(T0.plus(Duration.ofDays(30)));
        assertThat(change.newExpiry()).isEqualTo(T0.plus(Duration.ofDays(37)));
        assertThat(change.tokenPrefix()).isEmpty();
    }

    @Test
    void constructor_rejectsMissingParts() {
        assertThatThrownBy(() ->
                        new SubscriptionChange(1L, null, T0, Optional.empty(), Optional.empty(), T0, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SubscriptionChange(
                        1L, ChangeKind.EXPIRED, T0, Optional.empty(), Optional.empty(), null, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
    }
}

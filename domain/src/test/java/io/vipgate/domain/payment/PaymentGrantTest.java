package io.vipgate.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.time.VipDuration;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Grant, stack, renew and take back, with time passed in. */
class PaymentGrantTest {

    static final Instant NOW = Instant.parse("2026-01-10T10:00:00Z");
    static final ReminderSchedule REMINDERS = ReminderSchedule.DEFAULT;
    static final PlanTerm THIRTY_DAYS = new PlanTerm.OneTime(VipDuration.ofDays(30));
    static final PlanTerm MONTHLY = new PlanTerm.Monthly();

    @Test
    void aFirstOneTimePurchase_startsAtNow() {
        PaymentGrant.Granted granted =
                PaymentGrant.grant(Optional.empty(), THIRTY_DAYS, Optional.empty(), NOW, REMINDERS, 7L);

        assertThat(granted.after().expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(granted.after().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(granted.added()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void aOneTimePurchaseWhileActive_stacksOnTheCurrentExpiry() {
        Subscription current = Subscription.start(7L, VipDuration.ofDays(5), NOW, REMINDERS);

        PaymentGrant.Granted granted = PaymentGrant.grant(
                Optional.of(current), THIRTY_DAYS, Optional.empty(), NOW.plus(Duration.ofDays(1)), REMINDERS, 7L);

        assertThat(granted.after().expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(35)));
        assertThat(granted.after().periodStartedAt()).isEqualTo(NOW);
        assertThat(granted.added()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void aOneTimePurchaseAfterLapse_startsANewPeriodAtNow() {
        Subscription lapsed = Subscription.start(7L, VipDuration.ofDays(1), NOW.minus(Duration.ofDays(10)), REMINDERS);

        PaymentGrant.Granted granted =
                PaymentGrant.grant(Optional.of(lapsed), THIRTY_DAYS, Optional.empty(), NOW, REMINDERS, 7L);

        assertThat(granted.after().periodStartedAt()).isEqualTo(NOW);
        assertThat(granted.after().expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void aMonthlyPayment_runsUntilTheReportedPeriodEnd() {
        Instant periodEnd = NOW.plus(PlanTerm.MONTHLY_PERIOD);

        PaymentGrant.Granted granted =
                PaymentGrant.grant(Optional.empty(), MONTHLY, Optional.of(periodEnd), NOW, REMINDERS, 7L);

        assertThat(granted.after().expiresAt()).isEqualTo(periodEnd);
        assertThat(granted.added()).isEqualTo(PlanTerm.MONTHLY_PERIOD);
    }

    @Test
    void aRenewal_movesTheExpiryToTheNewPeriodEnd_keepingThePeriodStart() {
        Instant firstEnd = NOW.plus(PlanTerm.MONTHLY_PERIOD);
        Subscription first = PaymentGrant.grant(Optional.empty(), MONTHLY, Optional.of(firstEnd), NOW, REMINDERS, 7L)
                .after();
        Instant renewedAt = firstEnd.minus(Duration.ofMinutes(5));

        PaymentGrant.Granted renewed = PaymentGrant.grant(
                Optional.of(first),
                MONTHLY,
                Optional.of(firstEnd.plus(PlanTerm.MONTHLY_PERIOD)),
                renewedAt,
                REMINDERS,
                7L);

        assertThat(renewed.after().expiresAt()).isEqualTo(firstEnd.plus(PlanTerm.MONTHLY_PERIOD));
        assertThat(renewed.after().periodStartedAt()).isEqualTo(NOW);
        assertThat(renewed.added()).isEqualTo(PlanTerm.MONTHLY_PERIOD);
    }

    @Test
    void anOutOfOrderRenewal_neverShortensTheTimeLeft() {
        Instant laterEnd = NOW.plus(Duration.ofDays(60));
        Subscription current = PaymentGrant.grant(Optional.empty(), MONTHLY, Optional.of(laterEnd), NOW, REMINDERS, 7L)
                .after();

        PaymentGrant.Granted stale = PaymentGrant.grant(
                Optional.of(current), MONTHLY, Optional.of(NOW.plus(Duration.ofDays(30))), NOW, REMINDERS, 7L);

        assertThat(stale.after().expiresAt()).isEqualTo(laterEnd);
        assertThat(stale.added()).isZero();
    }

    @Test
    void takingBack_removesTheTimeThePaymentAdded() {
        Subscription current = Subscription.start(7L, VipDuration.ofDays(40), NOW, REMINDERS);

        Subscription after =
                PaymentGrant.takeBack(current, Duration.ofDays(30), NOW.plus(Duration.ofDays(1)), REMINDERS);

        assertThat(after.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(10)));
        assertThat(after.isActiveAt(NOW.plus(Duration.ofDays(1)))).isTrue();
    }

    @Test
    void takingBackMoreThanIsLeft_endsNow_leavingItDueForExpiry() {
        Subscription current = Subscription.start(7L, VipDuration.ofDays(30), NOW, REMINDERS);
        Instant later = NOW.plus(Duration.ofDays(3));

        Subscription after = PaymentGrant.takeBack(current, Duration.ofDays(30), later, REMINDERS);

        assertThat(after.expiresAt()).isEqualTo(later);
        assertThat(after.isActiveAt(later)).isFalse();
        assertThat(after.isExpiryDue(later)).isTrue();
    }

    @Test
    void takingBackFromAnEndedSubscription_changesNothing() {
        Subscription ended =
                Subscription.start(7L, VipDuration.ofDays(1), NOW, REMINDERS).expire();

        assertThat(PaymentGrant.takeBack(ended, Duration.ofDays(1), NOW.plus(Duration.ofDays(2)), REMINDERS))
                .isEqualTo(ended);
    }
}

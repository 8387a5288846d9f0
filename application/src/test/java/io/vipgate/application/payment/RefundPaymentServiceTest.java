package io.vipgate.application.payment;

import static io.vipgate.application.payment.Shop.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.payment.port.in.CancelRenewalUseCase.Cancellation;
import io.vipgate.application.payment.port.in.RefundPaymentUseCase.RefundOutcome;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.PurchaseOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Refunds take back what a payment bought; /cancel stops a monthly subscription's renewals. */
class RefundPaymentServiceTest {

    final Shop shop = new Shop();

    @Test
    void refundingTheOnlyPayment_removesTheUser() {
        PurchaseOrder order = shop.order(42L, shop.plan("30d", 250));
        join(shop.payments.record(Shop.oneTime("charge-1", order), "Ana"));
        shop.clock.advance(Duration.ofDays(2));

        RefundOutcome outcome = join(shop.refunds.refund(Fixtures.ADMIN, "charge-1"));

        assertThat(outcome).isEqualTo(new RefundOutcome.Refunded(42L, 250, Optional.empty()));
        assertThat(shop.stars.refunds()).containsExactly("42:charge-1");
        assertThat(shop.channel.removals()).containsExactly(42L);
        assertThat(shop.subscriptions.get(42L).orElseThrow().isActiveAt(shop.clock.instant()))
                .isFalse();
        assertThat(shop.store.payment("charge-1").orElseThrow().refunded()).isTrue();
    }

    @Test
    void refundingAnAdminsOnlyPayment_takesTheTimeBackButLeavesThemInTheChannel() {
        PurchaseOrder order = shop.order(Fixtures.ADMIN, shop.plan("30d", 250));
        join(shop.payments.record(Shop.oneTime("charge-admin", order), "Boss"));

        RefundOutcome outcome = join(shop.refunds.refund(Fixtures.ADMIN, "charge-admin"));

        assertThat(outcome).isEqualTo(new RefundOutcome.Refunded(Fixtures.ADMIN, 250, Optional.empty()));
        assertThat(shop.channel.removals()).isEmpty();
        assertThat(shop.subscriptions.get(Fixtures.ADMIN).orElseThrow().isActiveAt(shop.clock.instant()))
                .isFalse();
    }

    @Test
    void refundingOneOfTwoPurchases_keepsTheOthersTime() {
        var plan = shop.plan("30d", 250);
        join(shop.payments.record(Shop.oneTime("charge-1", shop.order(42L, plan)), "Ana"));
        join(shop.payments.record(Shop.oneTime("charge-2", shop.order(42L, plan)), "Ana"));

        RefundOutcome outcome = join(shop.refunds.refund(Fixtures.ADMIN, "charge-2"));

        assertThat(outcome)
                .isEqualTo(new RefundOutcome.Refunded(42L, 250, Optional.of(Fixtures.T0.plus(Duration.ofDays(30)))));
        assertThat(shop.channel.removals()).isEmpty();
    }

    @Test
    void anUnknownOrAlreadyRefundedCharge_isAnsweredAndChangesNothing() {
        join(shop.payments.record(Shop.oneTime("charge-1", shop.order(42L, shop.plan("30d", 250))), "Ana"));
        join(shop.refunds.refund(Fixtures.ADMIN, "charge-1"));

        assertThat(join(shop.refunds.refund(Fixtures.ADMIN, "nope"))).isEqualTo(new RefundOutcome.UnknownCharge());
        assertThat(join(shop.refunds.refund(Fixtures.ADMIN, "charge-1")))
                .isEqualTo(new RefundOutcome.AlreadyRefunded());
        assertThat(join(shop.refunds.refunded("charge-1"))).isEqualTo(new RefundOutcome.AlreadyRefunded());
        assertThat(shop.stars.refunds()).hasSize(1);
    }

    @Test
    void aRefundTelegramRefuses_changesNothingHere() {
        join(shop.payments.record(Shop.oneTime("charge-1", shop.order(42L, shop.plan("30d", 250))), "Ana"));
        shop.stars.refuseRefunds();

        assertThatThrownBy(() -> join(shop.refunds.refund(Fixtures.ADMIN, "charge-1")))
                .hasMessageContaining("CHARGE_ALREADY_REFUNDED");
        assertThat(shop.store.payment("charge-1").orElseThrow().refunded()).isFalse();
    }

    @Test
    void aRefundMadeElsewhere_isRecordedWithoutCallingTelegram() {
        join(shop.payments.record(Shop.oneTime("charge-1", shop.order(42L, shop.plan("30d", 250))), "Ana"));

        assertThat(join(shop.refunds.refunded("charge-1"))).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(shop.stars.refunds()).isEmpty();
    }

    @Test
    void cancel_stopsRenewalsOfTheLatestMonthlyPayment_andAccessRunsToThePeriodEnd() {
        PurchaseOrder order = shop.order(42L, shop.plan("monthly", 100));
        Instant end = Fixtures.T0.plus(PlanTerm.MONTHLY_PERIOD);
        join(shop.payments.record(Shop.monthly("charge-1", order, end, true), "Ana"));

        assertThat(join(shop.cancel.cancel(42L))).isEqualTo(new Cancellation.Canceled(end));
        assertThat(shop.stars.cancellations()).containsExactly("42:charge-1");
        assertThat(shop.store.canceled()).containsExactly("charge-1");
    }

    @Test
    void cancel_withoutAMonthlySubscription_callsNothing() {
        join(shop.payments.record(Shop.oneTime("charge-1", shop.order(42L, shop.plan("30d", 250))), "Ana"));

        assertThat(join(shop.cancel.cancel(42L))).isEqualTo(new Cancellation.NotMonthly());
        assertThat(join(shop.cancel.cancel(77L))).isEqualTo(new Cancellation.NotMonthly());
        assertThat(shop.stars.cancellations()).isEmpty();
    }
}

package io.vipgate.application.payment;

import static io.vipgate.application.payment.Shop.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.payment.port.in.RecordPaymentUseCase.PaymentOutcome;
import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.payment.PaymentKind;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.PurchaseOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A payment grants once per charge id and hands out the personal link through the gate's use case. */
class RecordPaymentServiceTest {

    final Shop shop = new Shop();

    @Test
    void aFirstPayment_grantsThePlan_marksTheOrderPaid_andSendsALink() {
        PurchaseOrder order = shop.order(42L, shop.plan("30d", 250));

        PaymentOutcome outcome = join(shop.payments.record(Shop.oneTime("charge-1", order), "Ana"));

        PaymentOutcome.Granted granted = (PaymentOutcome.Granted) outcome;
        assertThat(granted.expiresAt()).isEqualTo(Fixtures.T0.plus(Duration.ofDays(30)));
        assertThat(granted.link()).isPresent();
        assertThat(granted.renewal()).isFalse();
        assertThat(shop.store.order(order.id()).orElseThrow().paid()).isTrue();
        assertThat(shop.channel.linkRequests()).extracting(r -> r.userId()).containsExactly(42L);
    }

    @Test
    void aRepeatedDelivery_grantsNothing_butStillGetsALink() {
        PurchaseOrder order = shop.order(42L, shop.plan("30d", 250));
        join(shop.payments.record(Shop.oneTime("charge-1", order), "Ana"));

        PaymentOutcome again = join(shop.payments.record(Shop.oneTime("charge-1", order), "Ana"));

        assertThat(again).isInstanceOf(PaymentOutcome.Duplicate.class);
        assertThat(((PaymentOutcome.Duplicate) again).link()).isPresent();
        assertThat(shop.subscriptions.get(42L).orElseThrow().expiresAt())
                .isEqualTo(Fixtures.T0.plus(Duration.ofDays(30)));
        assertThat(shop.store.payments()).isEqualTo(1);
    }

    @Test
    void aPayloadNamingNoOrderOfThePayer_grantsNothing() {
        PurchaseOrder order = shop.order(42L, shop.plan("30d", 250));
        IncomingPayment forged =
                new IncomingPayment("charge-9", 43L, 250, "XTR", order.id(), Optional.empty(), false, false);

        assertThat(join(shop.payments.record(forged, "Eve"))).isEqualTo(new PaymentOutcome.UnknownOrder());
        assertThat(join(shop.payments.record(
                        new IncomingPayment("charge-8", 42L, 250, "XTR", "junk", Optional.empty(), false, false),
                        "Ana")))
                .isEqualTo(new PaymentOutcome.UnknownOrder());
        assertThat(shop.subscriptions.get(43L)).isEmpty();
        assertThat(shop.store.payments()).isZero();
    }

    @Test
    void aMonthlyRenewal_movesTheExpiry_withoutANewLink() {
        PurchaseOrder order = shop.order(42L, shop.plan("monthly", 100));
        Instant firstEnd = Fixtures.T0.plus(PlanTerm.MONTHLY_PERIOD);
        join(shop.payments.record(Shop.monthly("charge-1", order, firstEnd, true), "Ana"));
        shop.clock.set(firstEnd.minus(Duration.ofMinutes(1)));

        PaymentOutcome renewed = join(shop.payments.record(
                Shop.monthly("charge-2", order, firstEnd.plus(PlanTerm.MONTHLY_PERIOD), false), "Ana"));

        assertThat(renewed)
                .isEqualTo(new PaymentOutcome.Granted(firstEnd.plus(PlanTerm.MONTHLY_PERIOD), Optional.empty(), true));
        assertThat(shop.store.payment("charge-2").orElseThrow().kind()).isEqualTo(PaymentKind.RENEWAL);
        assertThat(shop.channel.linkRequests()).hasSize(1);
    }

    @Test
    void aPaymentForAPlanRetiredAfterCheckout_isStillGranted() {
        Plan plan = shop.plan("7d", 50);
        PurchaseOrder order = shop.order(42L, plan);
        join(shop.plans.retire(1L, plan.id()));

        assertThat(join(shop.payments.record(Shop.oneTime("charge-1", order), "Ana")))
                .isInstanceOf(PaymentOutcome.Granted.class);
    }

    @Test
    void aPaymentThatCannotBeRecorded_failsTheCall_soTheUpdateIsDeliveredAgain() {
        PurchaseOrder order = shop.order(42L, shop.plan("30d", 250));
        shop.store.failRecords();

        assertThatThrownBy(() -> join(shop.payments.record(Shop.oneTime("charge-1", order), "Ana")))
                .hasMessageContaining("database down");
        assertThat(shop.subscriptions.get(42L)).isEmpty();
    }

    @Test
    void aLinkTelegramCannotMakeNow_leavesThePaymentGranted() {
        PurchaseOrder order = shop.order(42L, shop.plan("30d", 250));
        shop.channel.failLinks();

        PaymentOutcome outcome = join(shop.payments.record(Shop.oneTime("charge-1", order), "Ana"));

        assertThat(((PaymentOutcome.Granted) outcome).link()).isEmpty();
        assertThat(shop.subscriptions.get(42L)).isPresent();
    }
}

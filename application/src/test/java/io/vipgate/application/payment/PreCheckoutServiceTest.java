package io.vipgate.application.payment;

import static io.vipgate.application.payment.Shop.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.payment.port.in.CheckoutUseCase.Checkout;
import io.vipgate.application.payment.port.in.PreCheckoutUseCase.Refusal;
import io.vipgate.application.payment.port.in.PreCheckoutUseCase.Verdict;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PurchaseOrder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Only an open order of this user, at this amount in Stars, of a plan on sale passes pre-checkout. */
class PreCheckoutServiceTest {

    final Shop shop = new Shop();
    final Plan plan = shop.plan("30d", 250);
    final PurchaseOrder order = shop.order(42L, plan);

    Verdict check(long userId, String payload, String currency, int amount) {
        return join(shop.preCheckout.check(userId, payload, currency, amount));
    }

    @Test
    void theBuyersOpenOrder_atItsPrice_isAccepted() {
        assertThat(check(42L, order.id(), "XTR", 250)).isEqualTo(new Verdict.Accept());
    }

    @Test
    void aForgedPayload_isRefused() {
        assertThat(check(42L, "not-an-order", "XTR", 250)).isEqualTo(new Verdict.Refuse(Refusal.UNKNOWN_ORDER));
        assertThat(check(42L, "AAAAAAAAAAAAAAAAAAAAAA", "XTR", 250))
                .isEqualTo(new Verdict.Refuse(Refusal.UNKNOWN_ORDER));
    }

    @Test
    void someoneElsesOrder_isRefused() {
        assertThat(check(43L, order.id(), "XTR", 250)).isEqualTo(new Verdict.Refuse(Refusal.NOT_YOURS));
    }

    @Test
    void aDifferentAmountOrCurrency_isRefused() {
        assertThat(check(42L, order.id(), "XTR", 1)).isEqualTo(new Verdict.Refuse(Refusal.WRONG_AMOUNT));
        assertThat(check(42L, order.id(), "USD", 250)).isEqualTo(new Verdict.Refuse(Refusal.WRONG_AMOUNT));
    }

    @Test
    void aStaleOrder_isRefused() {
        shop.clock.advance(PurchaseOrder.OPEN_FOR.plus(Duration.ofMinutes(1)));

        assertThat(check(42L, order.id(), "XTR", 250)).isEqualTo(new Verdict.Refuse(Refusal.STALE));
    }

    @Test
    void aPaidOrder_isRefused() {
        join(shop.payments.record(Shop.oneTime("charge-1", order), "Ana"));

        assertThat(check(42L, order.id(), "XTR", 250)).isEqualTo(new Verdict.Refuse(Refusal.ALREADY_PAID));
    }

    @Test
    void anOrderOfARetiredPlan_isRefused_andARetiredPlanOpensNoOrder() {
        join(shop.plans.retire(1L, plan.id()));

        assertThat(check(42L, order.id(), "XTR", 250)).isEqualTo(new Verdict.Refuse(Refusal.PLAN_RETIRED));
        assertThat(join(shop.checkout.open(42L, plan.id()))).isEqualTo(new Checkout.NotOnSale());
        assertThat(join(shop.checkout.open(42L, 999L))).isEqualTo(new Checkout.NotOnSale());
    }
}

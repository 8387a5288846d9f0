package io.vipgate.application.payment;

import static io.vipgate.application.payment.Shop.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.payment.PurchaseOrder;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reconciliation grants payments whose update was lost, once, and leaves young and recorded ones alone. */
class ReconcilePaymentsServiceTest {

    final Shop shop = new Shop();

    @Test
    void aPaymentWithoutARow_isGranted_andTheBuyerAndAdminsAreTold() {
        PurchaseOrder order = shop.order(42L, shop.plan("30d", 250));
        shop.stars.transaction(Fixtures.T0, Optional.of(Shop.oneTime("lost-1", order)));
        shop.clock.advance(Duration.ofHours(1));

        JobRun run = join(shop.reconcile.reconcile());

        assertThat(run.done()).isEqualTo(1);
        assertThat(shop.store.payment("lost-1")).isPresent();
        assertThat(shop.subscriptions.get(42L)).isPresent();
        assertThat(shop.stars.notices())
                .anyMatch(n -> n.contains("recovered lost-1"))
                .anyMatch(n -> n.startsWith("buyer 42"));
    }

    @Test
    void aSecondRun_grantsNothingAgain() {
        PurchaseOrder order = shop.order(42L, shop.plan("30d", 250));
        shop.stars.transaction(Fixtures.T0, Optional.of(Shop.oneTime("lost-1", order)));
        shop.clock.advance(Duration.ofHours(1));
        join(shop.reconcile.reconcile());
        var expiry = shop.subscriptions.get(42L).orElseThrow().expiresAt();

        JobRun again = join(shop.reconcile.reconcile());

        assertThat(again.done()).isZero();
        assertThat(shop.subscriptions.get(42L).orElseThrow().expiresAt()).isEqualTo(expiry);
    }

    @Test
    void recordedPayments_andOtherTransactions_areSkipped() {
        PurchaseOrder order = shop.order(42L, shop.plan("30d", 250));
        IncomingPayment recorded = Shop.oneTime("seen-1", order);
        join(shop.payments.record(recorded, "Ana"));
        shop.stars.transaction(Fixtures.T0, Optional.of(recorded));
        shop.stars.transaction(Fixtures.T0, Optional.empty());
        shop.clock.advance(Duration.ofHours(1));

        assertThat(join(shop.reconcile.reconcile()).done()).isZero();
        assertThat(shop.stars.notices()).isEmpty();
        assertThat(join(shop.store.scanned())).isEqualTo(2);
    }

    @Test
    void aPaymentYoungerThanTheGrace_isLeftForALaterRun() {
        PurchaseOrder order = shop.order(42L, shop.plan("30d", 250));
        shop.stars.transaction(Fixtures.T0, Optional.of(Shop.oneTime("young-1", order)));

        assertThat(join(shop.reconcile.reconcile()).done()).isZero();
        assertThat(join(shop.store.scanned())).isZero();

        shop.clock.advance(Duration.ofMinutes(11));
        assertThat(join(shop.reconcile.reconcile()).done()).isEqualTo(1);
    }

    @Test
    void manyPages_areAllWalked() {
        var plan = shop.plan("1d", 10);
        for (int i = 0; i < 250; i++) {
            shop.stars.transaction(Fixtures.T0, Optional.of(Shop.oneTime("c" + i, shop.order(1000L + i, plan))));
        }
        shop.clock.advance(Duration.ofHours(1));

        assertThat(join(shop.reconcile.reconcile()).done()).isEqualTo(250);
        assertThat(join(shop.store.scanned())).isEqualTo(250);
    }
}

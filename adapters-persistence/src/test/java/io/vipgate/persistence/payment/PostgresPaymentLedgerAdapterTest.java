package io.vipgate.persistence.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.payment.port.out.PaymentLedger.Refunded;
import io.vipgate.application.payment.port.out.PaymentTotals;
import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.payment.Payment;
import io.vipgate.domain.payment.PaymentKind;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.PurchaseOrder;
import io.vipgate.domain.payment.Stars;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.persistence.subscription.PostgresSubscriptionRepositoryAdapter;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Payments on the real PostgreSQL: once per charge id, even ten deliveries at the same instant; refunds; totals. */
@QuarkusTest
class PostgresPaymentLedgerAdapterTest {

    static final ReminderSchedule REMINDERS = ReminderSchedule.DEFAULT;
    static final SecureRandom RANDOM = new SecureRandom();

    private final ExecutorService racers = Executors.newFixedThreadPool(10);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Inject
    PostgresPaymentLedgerAdapter ledger;

    @Inject
    PostgresPlanAdapter plans;

    @Inject
    PostgresSubscriptionRepositoryAdapter subscriptions;

    @AfterEach
    void stopRacers() {
        racers.shutdownNow();
    }

    Plan plan(String term) {
        return Await.result(plans.create("Gold", new Stars(250), PlanTerm.parse(term), 1L, now));
    }

    PurchaseOrder order(long user, Plan plan) {
        PurchaseOrder order = new PurchaseOrder(PurchaseOrder.newId(RANDOM), user, plan.id(), 250, now, false);
        Await.result(plans.open(order));
        return order;
    }

    static IncomingPayment paid(String charge, PurchaseOrder order, Optional<Instant> periodEnd, boolean first) {
        return new IncomingPayment(
                charge, order.userId(), order.amount(), "XTR", order.id(), periodEnd, periodEnd.isPresent(), first);
    }

    static String charge() {
        return "stxTest" + UUID.randomUUID();
    }

    @Test
    void aFirstPayment_grantsOnce_withAHistoryLine_andMarksTheOrderPaid() {
        long user = TestIds.user();
        Plan plan = plan("30d");
        PurchaseOrder order = order(user, plan);
        String charge = charge();

        Optional<Subscription> granted =
                Await.result(ledger.record(paid(charge, order, Optional.empty(), false), plan, now, REMINDERS));
        Optional<Subscription> repeated = Await.result(
                ledger.record(paid(charge, order, Optional.empty(), false), plan, now.plusSeconds(5), REMINDERS));

        assertThat(granted.orElseThrow().expiresAt()).isEqualTo(now.plus(Duration.ofDays(30)));
        assertThat(repeated).isEmpty();
        assertThat(Await.result(subscriptions.find(user)).orElseThrow().expiresAt())
                .isEqualTo(now.plus(Duration.ofDays(30)));
        assertThat(Await.result(subscriptions.history(user)))
                .extracting(SubscriptionChange::kind)
                .containsExactly(ChangeKind.PURCHASED);
        assertThat(Await.result(plans.find(order.id())).orElseThrow().paid()).isTrue();
        Payment payment = Await.result(ledger.findPayment(charge)).orElseThrow();
        assertThat(payment.kind()).isEqualTo(PaymentKind.ONE_TIME);
        assertThat(payment.granted()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void tenConcurrentDeliveriesOfOnePayment_grantExactlyOnce() {
        for (int round = 0; round < 5; round++) {
            long user = TestIds.user();
            Plan plan = plan("30d");
            PurchaseOrder order = order(user, plan);
            IncomingPayment payment = paid(charge(), order, Optional.empty(), false);
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Optional<Subscription>>> deliveries = IntStream.range(0, 10)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> {
                                await(start);
                                return Await.result(ledger.record(payment, plan, now, REMINDERS));
                            },
                            racers))
                    .toList();
            start.countDown();

            List<Optional<Subscription>> outcomes =
                    deliveries.stream().map(CompletableFuture::join).toList();

            assertThat(outcomes).filteredOn(Optional::isPresent).hasSize(1);
            assertThat(Await.result(subscriptions.find(user)).orElseThrow().expiresAt())
                    .isEqualTo(now.plus(Duration.ofDays(30)));
            assertThat(Await.result(subscriptions.history(user))).hasSize(1);
        }
    }

    @Test
    void aRenewal_movesTheExpiryToItsPeriodEnd_andCancellationIsNoted() {
        long user = TestIds.user();
        Plan plan = plan("monthly");
        PurchaseOrder order = order(user, plan);
        Instant firstEnd = now.plus(PlanTerm.MONTHLY_PERIOD);
        String first = charge();
        Await.result(ledger.record(paid(first, order, Optional.of(firstEnd), true), plan, now, REMINDERS));
        String renewal = charge();

        Optional<Subscription> renewed = Await.result(ledger.record(
                paid(renewal, order, Optional.of(firstEnd.plus(PlanTerm.MONTHLY_PERIOD)), false), plan,
                firstEnd.minusSeconds(60), REMINDERS));

        assertThat(renewed.orElseThrow().expiresAt()).isEqualTo(firstEnd.plus(PlanTerm.MONTHLY_PERIOD));
        assertThat(Await.result(subscriptions.history(user)))
                .extracting(SubscriptionChange::kind)
                .containsExactly(ChangeKind.PURCHASED, ChangeKind.RENEWED);
        Payment latest = Await.result(ledger.latestMonthly(user)).orElseThrow();
        assertThat(latest.chargeId()).isEqualTo(renewal);
        assertThat(latest.kind()).isEqualTo(PaymentKind.RENEWAL);
        Await.result(ledger.markCanceled(renewal, now));
        assertThat(Await.result(ledger.latestMonthly(TestIds.user()))).isEmpty();
    }

    @Test
    void aRefund_takesBackTheTime_once() {
        long user = TestIds.user();
        Plan plan = plan("30d");
        String charge = charge();
        Await.result(ledger.record(paid(charge, order(user, plan), Optional.empty(), false), plan, now, REMINDERS));
        Instant later = now.plus(Duration.ofDays(2));

        Refunded refunded = Await.result(ledger.refund(charge, Optional.of(1L), later, REMINDERS))
                .orElseThrow();

        assertThat(refunded.payment().refunded()).isTrue();
        assertThat(refunded.after().orElseThrow().expiresAt()).isEqualTo(later);
        assertThat(Await.result(ledger.findPayment(charge)).orElseThrow().refundedAt())
                .contains(later);
        assertThat(Await.result(subscriptions.history(user)))
                .extracting(SubscriptionChange::kind)
                .containsExactly(ChangeKind.PURCHASED, ChangeKind.REFUNDED);
        assertThat(Await.result(ledger.refund(charge, Optional.of(1L), later, REMINDERS)))
                .isEmpty();
        assertThat(Await.result(ledger.refund(charge(), Optional.of(1L), later, REMINDERS)))
                .isEmpty();
    }

    @Test
    void totals_countStarsPayingUsersAndRefunds() {
        PaymentTotals before = Await.result(ledger.totals(now.minus(Duration.ofDays(1)), now));
        Plan plan = plan("30d");
        long user = TestIds.user();
        Await.result(ledger.record(paid(charge(), order(user, plan), Optional.empty(), false), plan, now, REMINDERS));
        String refunded = charge();
        Await.result(ledger.record(paid(refunded, order(user, plan), Optional.empty(), false), plan, now, REMINDERS));
        Await.result(ledger.refund(refunded, Optional.empty(), now, REMINDERS));

        PaymentTotals after = Await.result(ledger.totals(now.minus(Duration.ofDays(1)), now));

        assertThat(after.starsTotal() - before.starsTotal()).isEqualTo(250);
        assertThat(after.starsThisMonth() - before.starsThisMonth()).isEqualTo(250);
        assertThat(after.payingUsers() - before.payingUsers()).isEqualTo(1);
        assertThat(after.refunds() - before.refunds()).isEqualTo(1);
    }

    @Test
    void plans_areListedWhileOnSale_withTheirSales_andRetiredOnce() {
        Plan plan = plan("7d");
        Await.result(ledger.record(
                paid(charge(), order(TestIds.user(), plan), Optional.empty(), false), plan, now, REMINDERS));

        assertThat(Await.result(plans.onSale())).anySatisfy(listed -> {
            assertThat(listed.plan()).isEqualTo(plan);
            assertThat(listed.sold()).isEqualTo(1);
        });
        assertThat(Await.result(plans.retire(plan.id(), now))).isTrue();
        assertThat(Await.result(plans.retire(plan.id(), now))).isFalse();
        assertThat(Await.result(plans.find(plan.id())).orElseThrow().onSale()).isFalse();
        assertThat(Await.result(plans.onSale()))
                .noneMatch(listed -> listed.plan().id() == plan.id());
    }

    @Test
    void theReconciliationCursor_neverMovesBack() {
        int start = Await.result(plans.scanned());
        Await.result(plans.advanceTo(start + 3));
        Await.result(plans.advanceTo(start + 1));

        assertThat(Await.result(plans.scanned())).isEqualTo(start + 3);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

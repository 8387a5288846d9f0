package io.vipgate.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Await;
import io.vipgate.application.fakes.TestIds;
import io.vipgate.application.payment.port.out.OrderBook;
import io.vipgate.application.payment.port.out.PaymentLedger;
import io.vipgate.application.payment.port.out.PaymentLedger.Refunded;
import io.vipgate.application.payment.port.out.PaymentTotals;
import io.vipgate.application.payment.port.out.PlanRepository;
import io.vipgate.application.payment.port.out.PlanSales;
import io.vipgate.application.payment.port.out.ReconciliationCursor;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.payment.Payment;
import io.vipgate.domain.payment.PaymentKind;
import io.vipgate.domain.payment.PaymentState;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.PurchaseOrder;
import io.vipgate.domain.payment.Stars;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.domain.time.VipDuration;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

/**
 * What every store of plans, orders, payments and the reconciliation cursor does, held against the in-memory fake
 * and the PostgreSQL adapters alike; above all, a payment is granted exactly once per
 * {@code telegram_payment_charge_id}, however often and however concurrently it is delivered. Totals are global, so
 * they are compared before and after; the plans a test puts on sale are retired after it.
 */
public abstract class PaymentsContract {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ReminderSchedule REMINDERS = ReminderSchedule.DEFAULT;
    private static final long ADMIN = 1L;
    private static final int PRICE = 250;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final List<Plan> created = new ArrayList<>();

    protected abstract PlanRepository plans();

    protected abstract OrderBook orders();

    protected abstract PaymentLedger ledger();

    protected abstract ReconciliationCursor cursor();

    protected abstract SubscriptionRepository subscriptions();

    @AfterEach
    void retireThisTestsPlans() {
        created.forEach(plan -> Await.result(plans().retire(plan.id(), now)));
    }

    private Plan plan(String term) {
        Plan plan = Await.result(plans().create("Gold", new Stars(PRICE), PlanTerm.parse(term), ADMIN, now));
        created.add(plan);
        return plan;
    }

    private PurchaseOrder order(long userId, Plan plan) {
        PurchaseOrder order = new PurchaseOrder(PurchaseOrder.newId(RANDOM), userId, plan.id(), PRICE, now, false);
        Await.result(orders().open(order));
        return order;
    }

    private static String charge() {
        return "stxContract" + UUID.randomUUID();
    }

    private static IncomingPayment oneTime(String charge, PurchaseOrder order) {
        return new IncomingPayment(
                charge, order.userId(), order.amount(), "XTR", order.id(), Optional.empty(), false, false);
    }

    private static IncomingPayment monthly(String charge, PurchaseOrder order, Instant periodEnd, boolean first) {
        return new IncomingPayment(
                charge, order.userId(), order.amount(), "XTR", order.id(), Optional.of(periodEnd), true, first);
    }

    private Optional<Subscription> record(IncomingPayment payment, Plan plan, Instant at) {
        return Await.result(ledger().record(payment, plan, at, REMINDERS));
    }

    private List<ChangeKind> kinds(long userId) {
        return Await.result(subscriptions().history(userId)).stream()
                .map(SubscriptionChange::kind)
                .toList();
    }

    private PaymentTotals totals() {
        return Await.result(ledger().totals(now.minus(Duration.ofDays(1)), now));
    }

    @Test
    void aPayment_isGrantedOnce_perChargeId_withAHistoryLine_andItsOrderPaid() {
        long user = TestIds.user();
        Plan plan = plan("30d");
        PurchaseOrder order = order(user, plan);
        String charge = charge();

        Optional<Subscription> granted = record(oneTime(charge, order), plan, now);
        Optional<Subscription> again = record(oneTime(charge, order), plan, now.plusSeconds(5));

        Subscription expected = Subscription.start(user, VipDuration.ofDays(30), now, REMINDERS);
        assertThat(granted).contains(expected);
        assertThat(again).as("the same charge delivered again").isEmpty();
        assertThat(Await.result(subscriptions().find(user))).contains(expected);
        assertThat(Await.result(subscriptions().history(user)))
                .containsExactly(new SubscriptionChange(
                        user,
                        ChangeKind.PURCHASED,
                        now,
                        Optional.empty(),
                        Optional.empty(),
                        expected.expiresAt(),
                        Optional.empty()));
        assertThat(Await.result(orders().find(order.id())))
                .hasValueSatisfying(o -> assertThat(o.paid()).isTrue());
        assertThat(Await.result(ledger().findPayment(charge)))
                .contains(new Payment(
                        charge,
                        user,
                        plan.id(),
                        PRICE,
                        PaymentKind.ONE_TIME,
                        PaymentState.PAID,
                        now,
                        Optional.empty(),
                        Duration.ofDays(30),
                        Optional.empty()));
    }

    @Test
    void tenConcurrentDeliveriesOfOneCharge_grantExactlyOnce() {
        long user = TestIds.user();
        Plan plan = plan("30d");
        IncomingPayment payment = oneTime(charge(), order(user, plan));
        ExecutorService racers = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Optional<Subscription>>> deliveries = IntStream.range(0, 10)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> {
                                awaitQuietly(start);
                                return record(payment, plan, now);
                            },
                            racers))
                    .toList();
            start.countDown();

            List<Optional<Subscription>> outcomes =
                    deliveries.stream().map(CompletableFuture::join).toList();

            assertThat(outcomes).filteredOn(Optional::isPresent).hasSize(1);
        } finally {
            racers.shutdownNow();
        }
        assertThat(Await.result(subscriptions().find(user)).orElseThrow().expiresAt())
                .isEqualTo(now.plus(Duration.ofDays(30)));
        assertThat(kinds(user)).containsExactly(ChangeKind.PURCHASED);
    }

    @Test
    void twoChargesOfOneOrder_areTwoPayments_andStack() {
        long user = TestIds.user();
        Plan plan = plan("30d");
        PurchaseOrder order = order(user, plan);

        record(oneTime(charge(), order), plan, now);
        Optional<Subscription> second = record(oneTime(charge(), order), plan, now.plusSeconds(1));

        assertThat(second.orElseThrow().expiresAt()).isEqualTo(now.plus(Duration.ofDays(60)));
        assertThat(kinds(user)).containsExactly(ChangeKind.PURCHASED, ChangeKind.PURCHASED);
    }

    @Test
    void aPaymentWhosePayloadNamesNoOrder_isRecordedAllTheSame() {
        long user = TestIds.user();
        Plan plan = plan("7d");
        String charge = charge();
        IncomingPayment payment = new IncomingPayment(
                charge, user, PRICE, "XTR", PurchaseOrder.newId(RANDOM), Optional.empty(), false, false);

        assertThat(record(payment, plan, now)).isPresent();
        assertThat(Await.result(ledger().findPayment(charge))).isPresent();
    }

    @Test
    void aMonthlyPayment_runsToItsPeriodEnd_andARenewalMovesIt() {
        long user = TestIds.user();
        Plan plan = plan("monthly");
        PurchaseOrder order = order(user, plan);
        Instant firstEnd = now.plus(PlanTerm.MONTHLY_PERIOD);
        Instant secondEnd = firstEnd.plus(PlanTerm.MONTHLY_PERIOD);
        String first = charge();
        String renewal = charge();

        assertThat(record(monthly(first, order, firstEnd, true), plan, now)
                        .orElseThrow()
                        .expiresAt())
                .isEqualTo(firstEnd);
        assertThat(record(monthly(renewal, order, secondEnd, false), plan, firstEnd.minusSeconds(60))
                        .orElseThrow()
                        .expiresAt())
                .isEqualTo(secondEnd);

        assertThat(kinds(user)).containsExactly(ChangeKind.PURCHASED, ChangeKind.RENEWED);
        assertThat(Await.result(ledger().findPayment(first))).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.MONTHLY);
            assertThat(p.periodEnd()).contains(firstEnd);
        });
        Payment latest = Await.result(ledger().latestMonthly(user)).orElseThrow();
        assertThat(latest.chargeId()).isEqualTo(renewal);
        assertThat(latest.kind()).isEqualTo(PaymentKind.RENEWAL);
        assertThat(latest.periodEnd()).contains(secondEnd);
    }

    @Test
    void aMonthlyPaymentWithoutAPeriodEnd_recordsTheExpiryItGranted_asItsPeriodEnd() {
        long user = TestIds.user();
        Plan plan = plan("monthly");
        String charge = charge();
        IncomingPayment payment = new IncomingPayment(
                charge, user, PRICE, "XTR", order(user, plan).id(), Optional.empty(), false, false);

        Subscription granted = record(payment, plan, now).orElseThrow();

        assertThat(granted.expiresAt()).isEqualTo(now.plus(PlanTerm.MONTHLY_PERIOD));
        assertThat(Await.result(ledger().findPayment(charge)).orElseThrow().periodEnd())
                .contains(granted.expiresAt());
    }

    @Test
    void aOneTimePayment_hasNoPeriodEnd_evenWhenTelegramReportsOne() {
        long user = TestIds.user();
        Plan plan = plan("30d");
        String charge = charge();
        IncomingPayment payment = new IncomingPayment(
                charge,
                user,
                PRICE,
                "XTR",
                order(user, plan).id(),
                Optional.of(now.plus(Duration.ofDays(9))),
                true,
                true);

        record(payment, plan, now);

        assertThat(Await.result(ledger().findPayment(charge))).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(PaymentKind.ONE_TIME);
            assertThat(p.periodEnd()).isEmpty();
        });
    }

    @Test
    void latestMonthly_isTheNewestMonthlyPaymentNotRefunded() {
        long user = TestIds.user();
        Plan monthlyPlan = plan("monthly");
        Plan oneTimePlan = plan("30d");
        PurchaseOrder monthlyOrder = order(user, monthlyPlan);
        String older = charge();
        String newer = charge();
        record(monthly(older, monthlyOrder, now.plus(PlanTerm.MONTHLY_PERIOD), true), monthlyPlan, now);
        record(
                monthly(newer, monthlyOrder, now.plus(PlanTerm.MONTHLY_PERIOD.multipliedBy(2)), false),
                monthlyPlan,
                now.plusSeconds(60));
        record(oneTime(charge(), order(user, oneTimePlan)), oneTimePlan, now.plusSeconds(120));

        assertThat(Await.result(ledger().latestMonthly(user)).map(Payment::chargeId))
                .contains(newer);

        Await.result(ledger().refund(newer, Optional.of(ADMIN), now.plusSeconds(180), REMINDERS));
        assertThat(Await.result(ledger().latestMonthly(user)).map(Payment::chargeId))
                .contains(older);
        assertThat(Await.result(ledger().latestMonthly(TestIds.user()))).isEmpty();
    }

    @Test
    void aRefund_takesBackTheTimeItAdded_once_withAHistoryLine() {
        long user = TestIds.user();
        Plan plan = plan("30d");
        String charge = charge();
        record(oneTime(charge, order(user, plan)), plan, now);
        Instant later = now.plus(Duration.ofDays(2));

        Refunded refunded = Await.result(ledger().refund(charge, Optional.of(ADMIN), later, REMINDERS))
                .orElseThrow();

        assertThat(refunded.payment().state()).isEqualTo(PaymentState.REFUNDED);
        assertThat(refunded.payment().refundedAt()).contains(later);
        assertThat(refunded.after()).hasValueSatisfying(after -> {
            assertThat(after.status()).isEqualTo(SubscriptionStatus.ACTIVE);
            assertThat(after.expiresAt()).isEqualTo(later);
        });
        assertThat(Await.result(subscriptions().find(user))).isEqualTo(refunded.after());
        assertThat(Await.result(ledger().findPayment(charge))).contains(refunded.payment());
        assertThat(Await.result(subscriptions().history(user)).getLast())
                .isEqualTo(new SubscriptionChange(
                        user,
                        ChangeKind.REFUNDED,
                        later,
                        Optional.of(ADMIN),
                        Optional.of(now.plus(Duration.ofDays(30))),
                        later,
                        Optional.empty()));
        assertThat(Await.result(ledger().refund(charge, Optional.of(ADMIN), later, REMINDERS)))
                .as("refunded already")
                .isEmpty();
        assertThat(Await.result(ledger().refund(charge(), Optional.of(ADMIN), later, REMINDERS)))
                .as("no such payment")
                .isEmpty();
        assertThat(kinds(user)).containsExactly(ChangeKind.PURCHASED, ChangeKind.REFUNDED);
    }

    @Test
    void aRefundAfterTheTimeRanOut_takesNothingBack_andWritesNoHistory() {
        long user = TestIds.user();
        Plan plan = plan("1d");
        String charge = charge();
        Subscription granted =
                record(oneTime(charge, order(user, plan)), plan, now).orElseThrow();

        Refunded refunded = Await.result(
                        ledger().refund(charge, Optional.empty(), now.plus(Duration.ofDays(3)), REMINDERS))
                .orElseThrow();

        assertThat(refunded.after()).contains(granted);
        assertThat(kinds(user)).containsExactly(ChangeKind.PURCHASED);
    }

    @Test
    void totals_countStars_payingUsers_monthlySubscribersUntilTheyCancel_andRefunds() {
        PaymentTotals before = totals();
        long user = TestIds.user();
        Plan oneTimePlan = plan("30d");
        Plan monthlyPlan = plan("monthly");
        record(oneTime(charge(), order(user, oneTimePlan)), oneTimePlan, now);
        String monthlyCharge = charge();
        record(
                monthly(monthlyCharge, order(user, monthlyPlan), now.plus(PlanTerm.MONTHLY_PERIOD), true),
                monthlyPlan,
                now);
        String refunded = charge();
        record(oneTime(refunded, order(user, oneTimePlan)), oneTimePlan, now);
        Await.result(ledger().refund(refunded, Optional.empty(), now, REMINDERS));

        PaymentTotals after = totals();

        assertThat(after.starsTotal() - before.starsTotal()).isEqualTo(2 * PRICE);
        assertThat(after.starsThisMonth() - before.starsThisMonth()).isEqualTo(2 * PRICE);
        assertThat(after.payingUsers() - before.payingUsers()).isEqualTo(1);
        assertThat(after.monthlySubscribers() - before.monthlySubscribers()).isEqualTo(1);
        assertThat(after.refunds() - before.refunds()).isEqualTo(1);

        Await.result(ledger().markCanceled(monthlyCharge, now));
        assertThat(totals().monthlySubscribers()).as("cancelled renewals").isEqualTo(before.monthlySubscribers());
        assertThat(Await.result(ledger().latestMonthly(user)).map(Payment::chargeId))
                .as("still the payment whose renewals a second /cancel would find cancelled")
                .contains(monthlyCharge);
    }

    @Test
    void aPlan_isFoundAndListedWhileOnSale_withItsSalesLessRefunds_andRetiredOnce() {
        Plan plan = plan("7d");
        String refunded = charge();
        record(oneTime(charge(), order(TestIds.user(), plan)), plan, now);
        record(oneTime(refunded, order(TestIds.user(), plan)), plan, now);
        Await.result(ledger().refund(refunded, Optional.empty(), now, REMINDERS));

        assertThat(plan.onSale()).isTrue();
        assertThat(Await.result(plans().find(plan.id()))).contains(plan);
        assertThat(Await.result(plans().onSale())).contains(new PlanSales(plan, 1));

        assertThat(Await.result(plans().retire(plan.id(), now))).isTrue();
        assertThat(Await.result(plans().retire(plan.id(), now))).isFalse();
        assertThat(Await.result(plans().find(plan.id()))).contains(plan.retired());
        assertThat(Await.result(plans().onSale()))
                .noneMatch(listed -> listed.plan().id() == plan.id());
    }

    @Test
    void plansOnSale_areListedOldestFirst_andAnUnknownPlanIsNeitherFoundNorRetired() {
        Plan older = plan("7d");
        Plan newer = plan("monthly");

        assertThat(Await.result(plans().onSale())).extracting(PlanSales::plan).containsSubsequence(older, newer);
        assertThat(newer.term()).isEqualTo(new PlanTerm.Monthly());
        long unknown = Long.MAX_VALUE - TestIds.user();
        assertThat(Await.result(plans().find(unknown))).isEmpty();
        assertThat(Await.result(plans().retire(unknown, now))).isFalse();
    }

    @Test
    void anOpenedOrder_isFoundAsOpened_andAnUnknownOneIsNot() {
        PurchaseOrder order = order(TestIds.user(), plan("7d"));

        assertThat(Await.result(orders().find(order.id()))).contains(order);
        assertThat(Await.result(orders().find(PurchaseOrder.newId(RANDOM)))).isEmpty();
    }

    @Test
    void theReconciliationCursor_movesForward_neverBack() {
        int start = Await.result(cursor().scanned());

        Await.result(cursor().advanceTo(start + 3));
        Await.result(cursor().advanceTo(start + 1));

        assertThat(Await.result(cursor().scanned())).isEqualTo(start + 3);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}

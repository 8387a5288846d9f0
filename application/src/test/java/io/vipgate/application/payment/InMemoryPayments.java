package io.vipgate.application.payment;

import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.payment.port.out.OrderBook;
import io.vipgate.application.payment.port.out.PaymentLedger;
import io.vipgate.application.payment.port.out.PaymentTotals;
import io.vipgate.application.payment.port.out.PlanRepository;
import io.vipgate.application.payment.port.out.PlanSales;
import io.vipgate.application.payment.port.out.ReconciliationCursor;
import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.payment.Payment;
import io.vipgate.domain.payment.PaymentGrant;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Plans, orders, payments and the reconciliation cursor in memory, writing subscriptions and their history lines to
 * a shared fake as the PostgreSQL adapters write them (held to the same contract by {@code PaymentsContract}).
 */
public final class InMemoryPayments implements PlanRepository, OrderBook, PaymentLedger, ReconciliationCursor {

    /** How often the list of plans on sale was read, and whether reading it fails. */
    int onSaleAsked;

    boolean onSaleFails;

    private final InMemorySubscriptionRepository subscriptions;
    private final Map<Long, Plan> plans = new LinkedHashMap<>();
    private final Map<String, PurchaseOrder> orders = new LinkedHashMap<>();
    private final Map<String, Payment> payments = new LinkedHashMap<>();
    private final List<String> canceled = new ArrayList<>();
    private final Map<String, Instant> renewalCanceledAt = new LinkedHashMap<>();
    private int scanned;
    private boolean failRecords;

    public InMemoryPayments(InMemorySubscriptionRepository subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public synchronized CompletionStage<Plan> create(
            String title, Stars price, PlanTerm term, long adminId, Instant now) {
        Plan plan = new Plan(plans.size() + 1, title, price, term, true);
        plans.put(plan.id(), plan);
        return done(plan);
    }

    @Override
    public synchronized CompletionStage<Optional<Plan>> find(long planId) {
        return done(Optional.ofNullable(plans.get(planId)));
    }

    @Override
    public synchronized CompletionStage<List<PlanSales>> onSale() {
        onSaleAsked++;
        if (onSaleFails) {
            return CompletableFuture.failedFuture(new IllegalStateException("database down"));
        }
        return done(plans.values().stream()
                .filter(Plan::onSale)
                .map(plan -> new PlanSales(
                        plan,
                        payments.values().stream()
                                .filter(p -> p.planId() == plan.id() && !p.refunded())
                                .count()))
                .toList());
    }

    @Override
    public synchronized CompletionStage<Boolean> retire(long planId, Instant now) {
        Plan plan = plans.get(planId);
        if (plan == null || !plan.onSale()) {
            return done(false);
        }
        plans.put(planId, plan.retired());
        return done(true);
    }

    @Override
    public synchronized CompletionStage<Void> open(PurchaseOrder order) {
        orders.put(order.id(), order);
        return done(null);
    }

    @Override
    public synchronized CompletionStage<Optional<PurchaseOrder>> find(String orderId) {
        return done(Optional.ofNullable(orders.get(orderId)));
    }

    @Override
    public synchronized CompletionStage<Optional<Subscription>> record(
            IncomingPayment payment, Plan plan, Instant now, ReminderSchedule reminders) {
        if (failRecords) {
            return CompletableFuture.failedFuture(new IllegalStateException("database down"));
        }
        if (payments.containsKey(payment.chargeId())) {
            return done(Optional.empty());
        }
        Optional<Subscription> before = subscriptions.get(payment.userId());
        PaymentGrant.Granted granted =
                PaymentGrant.grant(before, plan.term(), payment.periodEnd(), now, reminders, payment.userId());
        PaymentKind kind = payment.kind(plan.term());
        write(
                before,
                granted.after(),
                kind == PaymentKind.RENEWAL ? ChangeKind.RENEWED : ChangeKind.PURCHASED,
                now,
                Optional.empty());
        // As the payment table keeps them: a period end for monthly payments only (the granted expiry when Telegram
        // reported none), and the time granted in whole seconds.
        Optional<Instant> periodEnd = plan.monthly()
                ? Optional.of(payment.periodEnd().orElse(granted.after().expiresAt()))
                : Optional.empty();
        payments.put(
                payment.chargeId(),
                new Payment(
                        payment.chargeId(),
                        payment.userId(),
                        plan.id(),
                        payment.amount(),
                        kind,
                        PaymentState.PAID,
                        now,
                        periodEnd,
                        Duration.ofSeconds(granted.added().toSeconds()),
                        Optional.empty()));
        PurchaseOrder order = orders.get(payment.payload());
        if (order != null) {
            orders.put(
                    order.id(),
                    new PurchaseOrder(
                            order.id(), order.userId(), order.planId(), order.amount(), order.openedAt(), true));
        }
        return done(Optional.of(granted.after()));
    }

    @Override
    public synchronized CompletionStage<Optional<Payment>> findPayment(String chargeId) {
        return done(Optional.ofNullable(payments.get(chargeId)));
    }

    @Override
    public synchronized CompletionStage<Optional<Refunded>> refund(
            String chargeId, Optional<Long> adminId, Instant now, ReminderSchedule reminders) {
        Payment payment = payments.get(chargeId);
        if (payment == null || payment.refunded()) {
            return done(Optional.empty());
        }
        Payment refunded = new Payment(
                payment.chargeId(),
                payment.userId(),
                payment.planId(),
                payment.amount(),
                payment.kind(),
                PaymentState.REFUNDED,
                payment.paidAt(),
                payment.periodEnd(),
                payment.granted(),
                Optional.of(now));
        payments.put(chargeId, refunded);
        Optional<Subscription> before = subscriptions.get(payment.userId());
        Optional<Subscription> after = before.map(s -> PaymentGrant.takeBack(s, payment.granted(), now, reminders));
        if (after.isPresent() && !after.equals(before)) {
            write(before, after.get(), ChangeKind.REFUNDED, now, adminId);
        }
        return done(Optional.of(new Refunded(refunded, after)));
    }

    @Override
    public synchronized CompletionStage<Optional<Payment>> latestMonthly(long userId) {
        return done(payments.values().stream()
                .filter(p -> p.userId() == userId && p.monthly() && !p.refunded())
                .max(Comparator.comparing(Payment::paidAt)));
    }

    @Override
    public synchronized CompletionStage<Void> markCanceled(String chargeId, Instant now) {
        canceled.add(chargeId);
        if (payments.containsKey(chargeId)) {
            renewalCanceledAt.putIfAbsent(chargeId, now);
        }
        return done(null);
    }

    @Override
    public synchronized CompletionStage<PaymentTotals> totals(Instant monthStart, Instant now) {
        List<Payment> paid =
                payments.values().stream().filter(p -> !p.refunded()).toList();
        return done(new PaymentTotals(
                paid.stream()
                        .filter(p -> !p.paidAt().isBefore(monthStart))
                        .mapToLong(Payment::amount)
                        .sum(),
                paid.stream().mapToLong(Payment::amount).sum(),
                paid.stream().map(Payment::userId).distinct().count(),
                paid.stream()
                        .filter(p -> p.monthly()
                                && p.periodEnd().filter(end -> end.isAfter(now)).isPresent()
                                && !renewalCanceledAt.containsKey(p.chargeId()))
                        .map(Payment::userId)
                        .distinct()
                        .count(),
                payments.values().stream().filter(Payment::refunded).count()));
    }

    @Override
    public synchronized CompletionStage<Integer> scanned() {
        return done(scanned);
    }

    @Override
    public synchronized CompletionStage<Void> advanceTo(int scanned) {
        this.scanned = Math.max(this.scanned, scanned);
        return done(null);
    }

    synchronized Optional<Payment> payment(String chargeId) {
        return Optional.ofNullable(payments.get(chargeId));
    }

    synchronized Optional<PurchaseOrder> order(String id) {
        return Optional.ofNullable(orders.get(id));
    }

    synchronized int payments() {
        return payments.size();
    }

    synchronized List<String> canceled() {
        return List.copyOf(canceled);
    }

    synchronized void failRecords() {
        failRecords = true;
    }

    private void write(
            Optional<Subscription> before, Subscription after, ChangeKind kind, Instant now, Optional<Long> actorId) {
        subscriptions.put(after);
        subscriptions.append(SubscriptionChange.between(before, after, kind, now, actorId, Optional.empty()));
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}

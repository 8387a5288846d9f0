package io.vipgate.application.payment;

import io.vipgate.application.fakes.FakeVipChannel;
import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.Gates;
import io.vipgate.application.fakes.InMemoryInviteLinks;
import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.application.fakes.RecordingNotifier;
import io.vipgate.application.payment.port.in.CheckoutUseCase.Checkout;
import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PlanTerm;
import io.vipgate.domain.payment.PurchaseOrder;
import io.vipgate.domain.payment.Stars;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The payment services over in-memory fakes, with helpers to put a plan on sale and pay for it. */
final class Shop {

    final MutableClock clock = new MutableClock(Fixtures.T0);
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository(users);
    final InMemoryPayments store = new InMemoryPayments(subscriptions);
    final FakeVipChannel channel = new FakeVipChannel();
    final FakeStars stars = new FakeStars();
    final ManagePlansService plans = new ManagePlansService(store, clock);
    final CheckoutService checkout = new CheckoutService(store, store, new SecureRandom(), clock);
    final PreCheckoutService preCheckout = new PreCheckoutService(store, store, clock);
    final RecordPaymentService payments = new RecordPaymentService(
            store,
            store,
            store,
            Gates.links(subscriptions, channel, new InMemoryInviteLinks(), Fixtures.POLICY, clock),
            Fixtures.POLICY,
            clock);
    final RefundPaymentService refunds = new RefundPaymentService(
            store,
            stars,
            Gates.removals(channel, subscriptions, users, new RecordingNotifier(), Fixtures.POLICY, clock),
            Fixtures.POLICY,
            clock);
    final CancelRenewalService cancel = new CancelRenewalService(store, stars, clock);
    final ReconcilePaymentsService reconcile =
            new ReconcilePaymentsService(stars, store, store, payments, stars, Duration.ofMinutes(10), clock);

    Plan plan(String term, int price) {
        return plans.create(Fixtures.ADMIN, "Gold", new Stars(price), PlanTerm.parse(term))
                .toCompletableFuture()
                .join();
    }

    PurchaseOrder order(long userId, Plan plan) {
        return ((Checkout.Opened)
                        checkout.open(userId, plan.id()).toCompletableFuture().join())
                .order();
    }

    static IncomingPayment oneTime(String charge, PurchaseOrder order) {
        return new IncomingPayment(
                charge, order.userId(), order.amount(), Stars.CURRENCY, order.id(), Optional.empty(), false, false);
    }

    static IncomingPayment monthly(String charge, PurchaseOrder order, Instant periodEnd, boolean first) {
        return new IncomingPayment(
                charge,
                order.userId(),
                order.amount(),
                Stars.CURRENCY,
                order.id(),
                Optional.of(periodEnd),
                true,
                first);
    }

    static <T> T join(java.util.concurrent.CompletionStage<T> stage) {
        return stage.toCompletableFuture().join();
    }
}

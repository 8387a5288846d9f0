package io.vipgate.application.payment;

import io.vipgate.application.payment.port.in.CheckoutUseCase;
import io.vipgate.application.payment.port.out.OrderBook;
import io.vipgate.application.payment.port.out.PlanRepository;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PurchaseOrder;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Opens an order for a plan on sale, at the plan's price now, under a random id. */
public final class CheckoutService implements CheckoutUseCase {

    private final PlanRepository plans;
    private final OrderBook orders;
    private final SecureRandom random;
    private final Clock clock;

    public CheckoutService(PlanRepository plans, OrderBook orders, SecureRandom random, Clock clock) {
        this.plans = plans;
        this.orders = orders;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public CompletionStage<Checkout> open(long userId, long planId) {
        return plans.find(planId).thenCompose(found -> {
            if (found.isEmpty() || !found.get().onSale()) {
                return CompletableFuture.completedFuture(new Checkout.NotOnSale());
            }
            Plan plan = found.get();
            PurchaseOrder order = new PurchaseOrder(
                    PurchaseOrder.newId(random), userId, plan.id(), plan.price().amount(), clock.instant(), false);
            return orders.open(order).thenApply(opened -> new Checkout.Opened(order, plan));
        });
    }
}

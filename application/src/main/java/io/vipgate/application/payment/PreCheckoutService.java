package io.vipgate.application.payment;

import io.vipgate.application.payment.port.in.PreCheckoutUseCase;
import io.vipgate.application.payment.port.out.OrderBook;
import io.vipgate.application.payment.port.out.PlanRepository;
import io.vipgate.domain.payment.PurchaseOrder;
import io.vipgate.domain.payment.Stars;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Two reads (the order, its plan) and a verdict: nothing here may keep Telegram's 10-second answer waiting. */
public final class PreCheckoutService implements PreCheckoutUseCase {

    private final OrderBook orders;
    private final PlanRepository plans;
    private final Clock clock;

    public PreCheckoutService(OrderBook orders, PlanRepository plans, Clock clock) {
        this.orders = orders;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public CompletionStage<Verdict> check(long userId, String payload, String currency, int amount) {
        if (!PurchaseOrder.looksLikeId(payload)) {
            return refuse(Refusal.UNKNOWN_ORDER);
        }
        return orders.find(payload).thenCompose(found -> {
            if (found.isEmpty()) {
                return refuse(Refusal.UNKNOWN_ORDER);
            }
            PurchaseOrder order = found.get();
            Instant now = clock.instant();
            if (order.userId() != userId) {
                return refuse(Refusal.NOT_YOURS);
            }
            if (order.paid()) {
                return refuse(Refusal.ALREADY_PAID);
            }
            if (!order.openAt(now)) {
                return refuse(Refusal.STALE);
            }
            if (!Stars.CURRENCY.equals(currency) || order.amount() != amount) {
                return refuse(Refusal.WRONG_AMOUNT);
            }
            return plans.find(order.planId())
                    .thenApply(plan -> plan.isPresent() && plan.get().onSale()
                            ? new Verdict.Accept()
                            : new Verdict.Refuse(Refusal.PLAN_RETIRED));
        });
    }

    private static CompletionStage<Verdict> refuse(Refusal reason) {
        return CompletableFuture.completedFuture(new Verdict.Refuse(reason));
    }
}

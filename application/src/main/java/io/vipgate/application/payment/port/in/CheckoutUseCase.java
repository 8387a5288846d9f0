package io.vipgate.application.payment.port.in;

import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PurchaseOrder;
import java.util.concurrent.CompletionStage;

/** A plan's button (or {@code /buy}): opens an order, whose id the invoice carries as its payload. */
public interface CheckoutUseCase {

    CompletionStage<Checkout> open(long userId, long planId);

    /** One case per answer. */
    sealed interface Checkout {
        record Opened(PurchaseOrder order, Plan plan) implements Checkout {}

        record NotOnSale() implements Checkout {}
    }
}

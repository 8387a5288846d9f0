package io.vipgate.application.payment.port.out;

import io.vipgate.domain.payment.PurchaseOrder;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Orders opened by plan buttons, looked up by their id (the invoice payload). */
public interface OrderBook {

    CompletionStage<Void> open(PurchaseOrder order);

    CompletionStage<Optional<PurchaseOrder>> find(String orderId);
}

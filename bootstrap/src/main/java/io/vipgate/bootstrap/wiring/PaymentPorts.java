package io.vipgate.bootstrap.wiring;

import io.vipgate.application.payment.EvictingPaymentLedger;
import io.vipgate.application.payment.port.out.OrderBook;
import io.vipgate.application.payment.port.out.PaymentLedger;
import io.vipgate.application.payment.port.out.PlanRepository;
import io.vipgate.application.payment.port.out.ReconciliationCursor;
import io.vipgate.application.subscription.port.out.SubscriptionCache;
import io.vipgate.persistence.payment.PostgresPaymentLedgerAdapter;
import io.vipgate.persistence.payment.PostgresPlanAdapter;
import jakarta.inject.Singleton;

/** The payment out-ports, composed once like {@link OutPorts}: every payment write evicts the buyer's cache entry. */
@Singleton
public class PaymentPorts {

    private final PaymentLedger ledger;
    private final PostgresPlanAdapter plans;

    PaymentPorts(PostgresPaymentLedgerAdapter ledger, PostgresPlanAdapter plans, SubscriptionCache cache) {
        this.ledger = new EvictingPaymentLedger(ledger, cache);
        this.plans = plans;
    }

    public PaymentLedger ledger() {
        return ledger;
    }

    public PlanRepository plans() {
        return plans;
    }

    public OrderBook orders() {
        return plans;
    }

    public ReconciliationCursor cursor() {
        return plans;
    }
}

package io.vipgate.persistence.payment;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.contract.PaymentsContract;
import io.vipgate.application.payment.port.out.OrderBook;
import io.vipgate.application.payment.port.out.PaymentLedger;
import io.vipgate.application.payment.port.out.PlanRepository;
import io.vipgate.application.payment.port.out.ReconciliationCursor;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.persistence.subscription.PostgresSubscriptionRepositoryAdapter;
import jakarta.inject.Inject;

/** The payment ports' contract, against PostgreSQL. */
@QuarkusTest
class PostgresPaymentsContractTest extends PaymentsContract {

    @Inject
    PostgresPlanAdapter plans;

    @Inject
    PostgresPaymentLedgerAdapter ledger;

    @Inject
    PostgresSubscriptionRepositoryAdapter subscriptions;

    @Override
    protected PlanRepository plans() {
        return plans;
    }

    @Override
    protected OrderBook orders() {
        return plans;
    }

    @Override
    protected PaymentLedger ledger() {
        return ledger;
    }

    @Override
    protected ReconciliationCursor cursor() {
        return plans;
    }

    @Override
    protected SubscriptionRepository subscriptions() {
        return subscriptions;
    }
}

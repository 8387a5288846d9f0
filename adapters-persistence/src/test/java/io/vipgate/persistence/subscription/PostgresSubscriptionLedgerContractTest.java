package io.vipgate.persistence.subscription;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.contract.SubscriptionLedgerContract;
import io.vipgate.application.jobs.port.out.DueSubscriptions;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.application.token.port.out.TokenRepository;
import io.vipgate.persistence.jobs.PostgresDueSubscriptionsAdapter;
import io.vipgate.persistence.token.PostgresTokenRepositoryAdapter;
import jakarta.inject.Inject;

/** The subscription ledger's contract, against PostgreSQL. */
@QuarkusTest
class PostgresSubscriptionLedgerContractTest extends SubscriptionLedgerContract {

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    PostgresSubscriptionRepositoryAdapter subscriptions;

    @Inject
    PostgresTokenRepositoryAdapter tokens;

    @Inject
    PostgresDueSubscriptionsAdapter due;

    @Override
    protected SubscriptionLedger ledger() {
        return ledger;
    }

    @Override
    protected SubscriptionRepository subscriptions() {
        return subscriptions;
    }

    @Override
    protected TokenRepository tokens() {
        return tokens;
    }

    @Override
    protected DueSubscriptions due() {
        return due;
    }
}

package io.vipgate.persistence.subscription;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.contract.SubscriptionRepositoryContract;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.persistence.user.PostgresUserRepositoryAdapter;
import jakarta.inject.Inject;

/** The subscription reads' contract, against PostgreSQL. */
@QuarkusTest
class PostgresSubscriptionRepositoryContractTest extends SubscriptionRepositoryContract {

    @Inject
    PostgresSubscriptionRepositoryAdapter subscriptions;

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    PostgresUserRepositoryAdapter users;

    @Override
    protected SubscriptionRepository subscriptions() {
        return subscriptions;
    }

    @Override
    protected SubscriptionLedger ledger() {
        return ledger;
    }

    @Override
    protected UserRepository users() {
        return users;
    }
}

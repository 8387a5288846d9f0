package io.vipgate.persistence.jobs;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.contract.DueSubscriptionsContract;
import io.vipgate.application.jobs.port.out.DueSubscriptions;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.persistence.subscription.PostgresSubscriptionLedgerAdapter;
import io.vipgate.persistence.user.PostgresUserRepositoryAdapter;
import jakarta.inject.Inject;

/** The due subscriptions' contract, against PostgreSQL. */
@QuarkusTest
class PostgresDueSubscriptionsContractTest extends DueSubscriptionsContract {

    @Inject
    PostgresDueSubscriptionsAdapter due;

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    PostgresUserRepositoryAdapter users;

    @Override
    protected DueSubscriptions due() {
        return due;
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

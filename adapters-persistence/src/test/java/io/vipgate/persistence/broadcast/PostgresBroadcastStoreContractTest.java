package io.vipgate.persistence.broadcast;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.broadcast.port.out.BroadcastStore;
import io.vipgate.application.contract.BroadcastStoreContract;
import io.vipgate.application.subscription.port.out.SubscriptionLedger;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.persistence.subscription.PostgresSubscriptionLedgerAdapter;
import io.vipgate.persistence.user.PostgresUserRepositoryAdapter;
import jakarta.inject.Inject;

/** The broadcast store's contract, against PostgreSQL. */
@QuarkusTest
class PostgresBroadcastStoreContractTest extends BroadcastStoreContract {

    @Inject
    PostgresBroadcastAdapter store;

    @Inject
    PostgresSubscriptionLedgerAdapter ledger;

    @Inject
    PostgresUserRepositoryAdapter users;

    @Override
    protected BroadcastStore store() {
        return store;
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

package io.vipgate.persistence.jobs;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.contract.DueJoinRequestsContract;
import io.vipgate.application.freechannel.port.out.DueJoinRequests;
import io.vipgate.application.freechannel.port.out.JoinRequestRepository;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.persistence.freechannel.PostgresFreeChannelAdapter;
import io.vipgate.persistence.user.PostgresUserRepositoryAdapter;
import jakarta.inject.Inject;

/** The due join requests' contract, against PostgreSQL. */
@QuarkusTest
class PostgresDueJoinRequestsContractTest extends DueJoinRequestsContract {

    @Inject
    PostgresDueJoinRequestsAdapter due;

    @Inject
    PostgresFreeChannelAdapter requests;

    @Inject
    PostgresUserRepositoryAdapter users;

    @Override
    protected DueJoinRequests due() {
        return due;
    }

    @Override
    protected JoinRequestRepository requests() {
        return requests;
    }

    @Override
    protected UserRepository users() {
        return users;
    }
}

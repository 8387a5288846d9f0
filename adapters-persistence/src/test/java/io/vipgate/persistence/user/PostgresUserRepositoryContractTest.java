package io.vipgate.persistence.user;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.contract.UserRepositoryContract;
import io.vipgate.application.user.port.out.UserRepository;
import jakarta.inject.Inject;

/** The users' contract, against PostgreSQL. */
@QuarkusTest
class PostgresUserRepositoryContractTest extends UserRepositoryContract {

    @Inject
    PostgresUserRepositoryAdapter users;

    @Override
    protected UserRepository users() {
        return users;
    }
}

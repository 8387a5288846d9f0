package io.vipgate.persistence.token;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.contract.TokenRepositoryContract;
import io.vipgate.application.token.port.out.TokenRepository;
import jakarta.inject.Inject;

/** The tokens' contract, against PostgreSQL. */
@QuarkusTest
class PostgresTokenRepositoryContractTest extends TokenRepositoryContract {

    @Inject
    PostgresTokenRepositoryAdapter tokens;

    @Override
    protected TokenRepository tokens() {
        return tokens;
    }
}

package io.vipgate.persistence.update;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.contract.UpdateLogContract;
import io.vipgate.application.update.port.out.UpdateLog;
import jakarta.inject.Inject;

/** The update log's contract, against PostgreSQL. */
@QuarkusTest
class PostgresUpdateLogContractTest extends UpdateLogContract {

    @Inject
    PostgresUpdateLogAdapter log;

    @Override
    protected UpdateLog log() {
        return log;
    }
}

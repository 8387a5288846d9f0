package io.vipgate.persistence.legacyimport;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.contract.ImportTargetContract;
import io.vipgate.application.legacyimport.port.out.ImportTarget;
import jakarta.inject.Inject;

/** The import target's contract, against PostgreSQL. */
@QuarkusTest
class PostgresImportTargetContractTest extends ImportTargetContract {

    @Inject
    PostgresLegacyImportAdapter target;

    @Override
    protected ImportTarget target() {
        return target;
    }
}

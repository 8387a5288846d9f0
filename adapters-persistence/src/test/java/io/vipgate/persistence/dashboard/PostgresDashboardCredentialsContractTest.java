package io.vipgate.persistence.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.contract.DashboardCredentialsContract;
import io.vipgate.application.dashboard.port.out.DashboardCredentials;
import jakarta.inject.Inject;

/** The dashboard credentials' contract, against PostgreSQL. */
@QuarkusTest
class PostgresDashboardCredentialsContractTest extends DashboardCredentialsContract {

    @Inject
    PostgresDashboardCredentialsAdapter credentials;

    @Override
    protected DashboardCredentials credentials() {
        return credentials;
    }
}

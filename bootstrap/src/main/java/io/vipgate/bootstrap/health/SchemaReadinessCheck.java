package io.vipgate.bootstrap.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/** Ready only when the schema is at the latest migration this release ships: never serve on a stale schema. */
@Readiness
@ApplicationScoped
public class SchemaReadinessCheck implements HealthCheck {

    @Inject
    Flyway flyway;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("schema");
        try {
            MigrationInfo current = flyway.info().current();
            int pending = flyway.info().pending().length;
            return response.status(current != null && pending == 0)
                    .withData("version", current == null ? "none" : current.getVersion().getVersion())
                    .withData("pending", pending)
                    .build();
        } catch (RuntimeException unreachable) {
            return response.down().withData("error", unreachable.getClass().getSimpleName()).build();
        }
    }
}

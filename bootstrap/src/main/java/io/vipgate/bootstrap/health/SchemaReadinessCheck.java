package io.vipgate.bootstrap.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the schema is at the latest migration this release ships: never serve on a stale schema. That
 * version is a constant ({@code SchemaVersionTest} holds it to the migration files), so start-up does not open a
 * JDBC connection to ask Flyway (200 ms of the native start); each check reads the history table through the
 * reactive pool, which recovers by itself after an outage.
 */
@Readiness
@ApplicationScoped
public class SchemaReadinessCheck implements AsyncHealthCheck {

    /** The highest {@code V<n>__} migration in adapters-persistence's {@code db/migration}. */
    static final String LATEST_MIGRATION = "6";

    /** A newer release may have migrated further (expand/contract keeps this one working): applied is enough. */
    static final String STATE = "SELECT (SELECT version FROM flyway_schema_history"
            + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1) AS current,"
            + " EXISTS (SELECT 1 FROM flyway_schema_history WHERE success AND version = $1) AS applied";

    private static final Duration LIMIT = Duration.ofSeconds(3);

    private final Pool database;

    SchemaReadinessCheck(Pool database) {
        this.database = database;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("schema");
        return database.preparedQuery(STATE)
                .execute(Tuple.of(LATEST_MIGRATION))
                .ifNoItem()
                .after(LIMIT)
                .fail()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return response.status(Boolean.TRUE.equals(row.getBoolean("applied")))
                            .withData(
                                    "version",
                                    Optional.ofNullable(row.getString("current"))
                                            .orElse("none"))
                            .withData("expected", LATEST_MIGRATION)
                            .build();
                })
                .onFailure()
                .recoverWithItem(failure -> response.down()
                        .withData("error", failure.getClass().getSimpleName())
                        .build());
    }
}

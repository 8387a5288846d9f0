package io.vipgate.bootstrap.health;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Ready only when the schema is at the latest migration this release ships: never serve on a stale schema. Flyway
 * (JDBC) tells once which version that is; each check then reads the history table through the reactive pool,
 * which recovers by itself after an outage, whereas Flyway's own checks left the small JDBC pool exhausted after one.
 */
@Readiness
@ApplicationScoped
public class SchemaReadinessCheck implements AsyncHealthCheck {

    /** A newer release may have migrated further (expand/contract keeps this one working): applied is enough. */
    static final String STATE = "SELECT (SELECT version FROM flyway_schema_history"
            + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1) AS current,"
            + " EXISTS (SELECT 1 FROM flyway_schema_history WHERE success AND version = $1) AS applied";
    private static final Duration LIMIT = Duration.ofSeconds(3);

    private final Flyway flyway;
    private final Pool database;
    private volatile String latest;

    SchemaReadinessCheck(Flyway flyway, Pool database) {
        this.flyway = flyway;
        this.database = database;
    }

    /** Learnt at start, right after the migration, while PostgreSQL is known to answer. */
    void learnLatest(@Observes StartupEvent started) {
        latest();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("schema");
        Optional<String> expected = latest();
        if (expected.isEmpty()) {
            return Uni.createFrom().item(response.down().withData("error", "latest migration unknown").build());
        }
        return database.preparedQuery(STATE).execute(Tuple.of(expected.get()))
                .ifNoItem().after(LIMIT).fail()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return response.status(Boolean.TRUE.equals(row.getBoolean("applied")))
                            .withData("version", Optional.ofNullable(row.getString("current")).orElse("none"))
                            .withData("expected", expected.get())
                            .build();
                })
                .onFailure().recoverWithItem(failure -> response.down()
                        .withData("error", failure.getClass().getSimpleName()).build());
    }

    private Optional<String> latest() {
        if (latest == null) {
            try {
                latest = Arrays.stream(flyway.info().all())
                        .filter(migration -> migration.getVersion() != null && migration.getState().isResolved())
                        .map(MigrationInfo::getVersion)
                        .max(Comparator.naturalOrder())
                        .map(version -> version.getVersion())
                        .orElse(null);
            } catch (RuntimeException unreachable) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(latest);
    }
}

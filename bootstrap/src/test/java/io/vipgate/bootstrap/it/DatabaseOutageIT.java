package io.vipgate.bootstrap.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.vipgate.cache.testing.TcpProxy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL going away and coming back while the packaged application runs: readiness goes DOWN (the platform
 * stops routing to it) while liveness stays UP (no restart), and readiness recovers by itself. The application
 * reaches PostgreSQL through a proxy the test stops, so the shared test database keeps running for everyone else.
 */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppResources.class)
class DatabaseOutageIT {

    private static final Duration LIMIT = Duration.ofSeconds(45);

    @Test
    void readiness_goesDownWhenPostgresStops_andUpAgainWhenItIsBack_withoutARestart() {
        Probes.awaitReady();
        int getMeCalls = PackagedAppResources.telegram().calls("getMe").size();
        TcpProxy database = PackagedAppResources.database();

        database.stop();
        try {
            Probes.await("/q/health/ready", 503, LIMIT);
            String down = given().get("/q/health/ready").asString();
            assertThat(Probes.check(down, "schema").getString("status")).isEqualTo("DOWN");
            assertThat(Probes.check(down, "telegram").getString("status")).isEqualTo("UP");
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            database.start();
        }

        Probes.await("/q/health/ready", 200, LIMIT);
        assertThat(PackagedAppResources.telegram().calls("getMe"))
                .as("a restart would ask getMe again")
                .hasSize(getMeCalls);
    }
}

package io.vipgate.bootstrap.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The packaged application's probes, as Railway (or Kubernetes) calls them on the public port. */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppResources.class)
class ProbesIT {

    @BeforeEach
    void ready() {
        Probes.awaitReady();
    }

    @Test
    void liveStartedAndReady_areUp() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/started").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void readiness_saysWhatItChecked() {
        String health =
                given().get("/q/health/ready").then().statusCode(200).extract().asString();

        JsonObject schema = Probes.check(health, "schema");
        assertThat(schema.getString("status")).isEqualTo("UP");
        assertThat(schema.getJsonObject("data").getString("version"))
                .isEqualTo(schema.getJsonObject("data").getString("expected"));
        JsonObject telegram = Probes.check(health, "telegram").getJsonObject("data");
        assertThat(telegram.getString("mode")).isEqualTo("webhook");
        assertThat(telegram.getString("bot")).isEqualTo("@vipgate_test_bot");
        assertThat(Probes.check(health, "redis").getJsonObject("data").getString("state"))
                .isEqualTo("up");
        assertThat(health).contains("Reactive PostgreSQL connections health check");
    }

    @Test
    void metrics_areOnTheManagementPort_notOnThePublicOne() {
        given().get("/q/metrics").then().statusCode(404);
        given().port(PackagedAppResources.managementPort())
                .get("/q/metrics")
                .then()
                .statusCode(200);
    }
}

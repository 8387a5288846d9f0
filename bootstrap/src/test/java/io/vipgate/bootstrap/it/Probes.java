package io.vipgate.bootstrap.it;

import static io.restassured.RestAssured.given;

import io.vertx.core.json.JsonObject;
import io.vipgate.application.fakes.Eventually;
import java.time.Duration;

/** The health endpoints of the application a {@code @QuarkusIntegrationTest} started, read as a platform reads them. */
final class Probes {

    private Probes() {}

    /** Polls {@code path} until it answers {@code status}; the application starts Telegram in the background. */
    static void await(String path, int status, Duration limit) {
        Eventually.until(
                limit,
                () -> given().get(path).statusCode() == status,
                () -> path + " did not answer " + status + " for " + limit + ": "
                        + given().get(path).asString());
    }

    static void awaitReady() {
        await("/q/health/ready", 200, Duration.ofSeconds(60));
    }

    /** The check named {@code name} in a health answer. */
    static JsonObject check(String health, String name) {
        return new JsonObject(health)
                .getJsonArray("checks").stream()
                        .map(JsonObject.class::cast)
                        .filter(check -> check.getString("name").equals(name))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no check named " + name + " in " + health));
    }
}

package io.vipgate.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.restassured.response.ValidatableResponse;

/** Reads {@code /q/health/ready} as a probe would, and checks that Redis never makes it fail. */
final class RedisReadiness {

    private static final String REDIS = "checks.find { it.name == 'redis' }";

    private RedisReadiness() {}

    /** Ready and UP whatever Redis does; the redis check tells its state in its data. */
    static ValidatableResponse assertUpWithCacheState(String state) {
        return given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body(REDIS + ".status", is("UP"))
                .body(REDIS + ".data.state", is(state));
    }

    static void assertUpWithCacheState(String state, String breaker) {
        assertUpWithCacheState(state).body(REDIS + ".data.breaker", is(breaker));
    }
}

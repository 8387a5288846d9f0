package io.vipgate.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import io.vipgate.bootstrap.wiring.OutPorts;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL unreachable while Redis answers, through the webhook: every delivery is 503 for as long as the outage
 * lasts (never retired as a poison update after five), readiness is DOWN, and the first delivery after it is handled.
 */
@QuarkusTest
@TestProfile(PostgresOutageWebhookMode.class)
class PostgresOutageE2ETest {

    private static final long FREE = -1001000000002L;

    @Inject
    TelegramStatus status;

    @Inject
    OutPorts ports;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    @Test
    void aJoinRequestDuringAnOutage_is503_everyTime_thenHandledOnce_whenPostgresIsBack() throws Exception {
        long user = Bot.newUser();
        String request = FakeUpdates.joinRequest(user, "en", FREE).encode();

        PostgresProxy.proxy().stop();
        try {
            for (int delivery = 1; delivery <= 8; delivery++) {
                assertThat(Bot.post(WebhookMode.SECRET, request).statusCode())
                        .as("delivery %d", delivery)
                        .isEqualTo(503);
            }
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            PostgresProxy.proxy().start();
        }

        Response handled = Bot.redeliver(new JsonObject(request));
        assertThat(handled.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(handled.body().asString()).getString("text")).contains("free channel");
        assertThat(ports.joinRequests().find(user).toCompletableFuture().get(5, TimeUnit.SECONDS))
                .isPresent();
        Response again = Bot.redeliver(new JsonObject(request));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body().asString())
                .as("a duplicate, answered with nothing")
                .isBlank();
        Bot.until("ready again", () -> given().get("/q/health/ready").statusCode() == 200);
    }
}

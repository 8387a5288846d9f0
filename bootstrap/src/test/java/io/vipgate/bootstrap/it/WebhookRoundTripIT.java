package io.vipgate.bootstrap.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.transport.WebhookEndpoint;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Telegram's side of the packaged application: the webhook it registered, and updates answered through it. */
@QuarkusIntegrationTest
@WithTestResource(PackagedAppResources.class)
class WebhookRoundTripIT {

    @BeforeEach
    void ready() {
        Probes.awaitReady();
    }

    @Test
    void startUp_registeredTheWebhook_atThePublicUrl_withTheSecret() {
        RecordedCall webhook =
                PackagedAppResources.telegram().calls("setWebhook").getLast();

        assertThat(webhook.text("url")).isEqualTo(ItSettings.PUBLIC_URL + "/telegram/webhook");
        assertThat(webhook.text("secret_token")).isEqualTo(ItSettings.SECRET);
    }

    @Test
    void aCommand_isAnsweredInTheWebhookResponse() {
        long user = newUser();

        Response response = push(ItSettings.SECRET, FakeUpdates.message(user, "en", "/help"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject reply = new JsonObject(response.asString());
        assertThat(reply.getString("method")).isEqualToIgnoringCase("sendMessage");
        assertThat(reply.getValue("chat_id").toString()).isEqualTo(Long.toString(user));
        assertThat(reply.getString("text")).contains("/status");
    }

    @Test
    void aVipJoinRequestFromAStranger_isDeclinedAtTelegram_andTheStrangerIsTold() {
        long stranger = newUser();

        Response response = push(ItSettings.SECRET, FakeUpdates.joinRequest(stranger, "en", ItSettings.VIP_CHANNEL));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new JsonObject(response.asString()).getValue("chat_id").toString())
                .isEqualTo(Long.toString(stranger));
        assertThat(PackagedAppResources.telegram().calls("declineChatJoinRequest"))
                .anySatisfy(call -> assertThat(call.text("user_id")).isEqualTo(Long.toString(stranger)));
    }

    @Test
    void aWrongSecret_isUnauthorized() {
        assertThat(push("not-the-secret-at-all", FakeUpdates.message(newUser(), "en", "/help"))
                        .statusCode())
                .isEqualTo(401);
    }

    private static Response push(String secret, JsonObject update) {
        return given().contentType("application/json")
                .header(WebhookEndpoint.SECRET_HEADER, secret)
                .body(update.encode())
                .post("/telegram/webhook");
    }

    private static long newUser() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }
}

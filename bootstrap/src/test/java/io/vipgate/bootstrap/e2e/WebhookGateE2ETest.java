package io.vipgate.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import io.vipgate.telegram.transport.WebhookEndpoint;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook endpoint: only Telegram gets in, only well-formed updates, each handled once; readiness says so. */
@QuarkusTest
@TestProfile(WebhookMode.class)
class WebhookGateE2ETest {

    @Inject
    TelegramStatus status;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    @Test
    void startUp_registeredTheWebhook_withSecretAndEveryUpdateKind() {
        JsonObject webhook = Bot.calls("setWebhook").getLast().body();

        assertThat(webhook.getString("url")).isEqualTo(WebhookMode.PUBLIC_URL + "/telegram/webhook");
        assertThat(webhook.getString("secret_token")).isEqualTo(WebhookMode.SECRET);
        assertThat(webhook.getJsonArray("allowed_updates").getList())
                .containsExactlyInAnyOrder(
                        "message",
                        "callback_query",
                        "pre_checkout_query",
                        "chat_join_request",
                        "chat_member",
                        "my_chat_member");
        assertThat(Bot.calls("getUpdates")).isEmpty();
    }

    @Test
    void readiness_reportsTheTransportAndTheBot() {
        String health =
                given().get("/q/health/ready").then().statusCode(200).extract().asString();

        JsonObject telegram = new JsonObject(health)
                .getJsonArray("checks").stream()
                        .map(JsonObject.class::cast)
                        .filter(check -> check.getString("name").equals("telegram"))
                        .findFirst()
                        .orElseThrow();
        assertThat(telegram.getString("status")).isEqualTo("UP");
        assertThat(telegram.getJsonObject("data").getString("mode")).isEqualTo("webhook");
        assertThat(telegram.getJsonObject("data").getString("bot")).isEqualTo("@vipgate_test_bot");
    }

    @Test
    void aWrongOrMissingSecret_isUnauthorized_andNothingHappens() {
        long user = Bot.newUser();
        String update = FakeUpdates.message(user, "en", "/help").encode();

        assertThat(Bot.post("not-the-secret", update).statusCode()).isEqualTo(401);
        assertThat(Bot.post(null, update).statusCode()).isEqualTo(401);
        assertThat(Bot.post(WebhookMode.SECRET + "x", update).statusCode()).isEqualTo(401);
    }

    @Test
    void malformedJson_isABadRequest() {
        assertThat(Bot.post(WebhookMode.SECRET, "{\"update_id\": 1, \"message\": ")
                        .statusCode())
                .isEqualTo(400);
        assertThat(Bot.post(WebhookMode.SECRET, "[1,2,3]").statusCode()).isEqualTo(400);
    }

    @Test
    void aBodyOverOneMebibyte_isRefused() throws IOException {
        // Raw HTTP: the server answers 413 as soon as it reads the length, and may close the connection while a
        // client is still writing the body, which an ordinary client reports as a broken pipe instead of the status.
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST /telegram/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + WebhookEndpoint.SECRET_HEADER + ": " + WebhookMode.SECRET + "\r\n"
                    + "Content-Length: " + (1024 * 1024 + 1) + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();

            assertThat(statusLine).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void aRepeatedUpdateId_isHandledOnce() {
        long user = Bot.newUser();
        JsonObject update = FakeUpdates.message(user, "en", "/status");

        assertThat(Bot.reply(update)).contains("not a VIP subscriber");
        assertThat(Bot.push(update).isEmpty()).as("no reply the second time").isTrue();
    }

    @Test
    void inGroups_theBotStaysSilent() {
        assertThat(Bot.push(FakeUpdates.groupMessage(Bot.ADMIN, -100500, "/subs"))
                        .isEmpty())
                .isTrue();
    }
}

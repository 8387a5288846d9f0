package io.vipgate.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
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
        assertThat(webhook.getJsonArray("allowed_updates").getList()).containsExactlyInAnyOrder("message",
                "callback_query", "chat_join_request", "chat_member", "my_chat_member");
        assertThat(Bot.calls("getUpdates")).isEmpty();
    }

    @Test
    void readiness_reportsTheTransportAndTheBot() {
        String health = given().get("/q/health/ready").then().statusCode(200).extract().asString();

        JsonObject telegram = new JsonObject(health).getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(check -> check.getString("name").equals("telegram")).findFirst().orElseThrow();
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
        assertThat(Bot.post(WebhookMode.SECRET, "{\"update_id\": 1, \"message\": ").statusCode()).isEqualTo(400);
        assertThat(Bot.post(WebhookMode.SECRET, "[1,2,3]").statusCode()).isEqualTo(400);
    }

    @Test
    void aBodyOverOneMebibyte_isRefused() {
        String huge = FakeUpdates.message(Bot.newUser(), "en", "x".repeat(1024 * 1024 + 1)).encode();

        assertThat(Bot.post(WebhookMode.SECRET, huge).statusCode()).isEqualTo(413);
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
        assertThat(Bot.push(FakeUpdates.groupMessage(Bot.ADMIN, -100500, "/subs")).isEmpty()).isTrue();
    }
}

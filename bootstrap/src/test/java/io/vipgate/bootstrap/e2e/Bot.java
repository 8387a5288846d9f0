package io.vipgate.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import io.vipgate.application.fakes.Eventually;
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.transport.TelegramStatus;
import io.vipgate.telegram.transport.WebhookEndpoint;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/** Talks to the running bot the way Telegram does, and reads what it sent to the fake Bot API. */
final class Bot {

    static final long ADMIN = 1001L;

    private Bot() {}

    /** A user id no other test (or earlier run against the same database) uses. */
    static long newUser() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }

    static Response post(String secret, String body) {
        var request = given().contentType("application/json").body(body);
        if (secret != null) {
            request = request.header(WebhookEndpoint.SECRET_HEADER, secret);
        }
        return request.post("/telegram/webhook");
    }

    /** Posts {@code update} as Telegram would; returns the method call in the response body, or an empty object. */
    static JsonObject push(JsonObject update) {
        Response response = post(WebhookMode.SECRET, update.encode());
        assertThat(response.statusCode()).as("webhook status").isEqualTo(200);
        String body = response.body().asString();
        return body == null || body.isBlank() ? new JsonObject() : new JsonObject(body);
    }

    /**
     * Delivers {@code update} again, as Telegram does when a 2xx did not reach it: until the answer is not 503. Right
     * after a 200 the update may still be settling (marked done once its response was written), which is a 503.
     */
    static Response redeliver(JsonObject update) {
        Response[] last = new Response[1];
        until(
                "a redelivery not answered 503",
                () -> (last[0] = post(WebhookMode.SECRET, update.encode())).statusCode() != 503);
        return last[0];
    }

    /** The text the bot answered {@code update} with, in the webhook response. */
    static String reply(JsonObject update) {
        JsonObject reply = push(update);
        assertThat(reply.getString("method")).as("reply method").isEqualToIgnoringCase("sendMessage");
        return reply.getString("text");
    }

    /** Messages the bot sent to {@code chatId} through the Bot API (not in a webhook response). */
    static List<String> sentTo(long chatId) {
        return calls("sendMessage").stream()
                .filter(call -> String.valueOf(chatId).equals(call.text("chat_id")))
                .map(call -> call.body().getString("text"))
                .toList();
    }

    static List<RecordedCall> calls(String method) {
        return FakeTelegram.api().calls(method);
    }

    static void awaitReady(TelegramStatus status) {
        until("the bot is ready", status::ready);
    }

    static void until(String what, BooleanSupplier condition) {
        Eventually.until(what, condition);
    }
}

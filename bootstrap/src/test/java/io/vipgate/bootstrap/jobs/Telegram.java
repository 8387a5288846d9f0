package io.vipgate.bootstrap.jobs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import io.vipgate.application.fakes.Eventually;
import io.vipgate.bootstrap.e2e.FakeTelegram;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.transport.WebhookEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/** The job tests' side of Telegram: pushes updates to the webhook, reads what the bot sent, waits for job runs. */
final class Telegram {

    static final long ADMIN = 1001L;
    static final long VIP = -1001000000001L;
    static final long FREE = -1001000000002L;

    private Telegram() {}

    static long newUser() {
        return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }

    /** A user who wrote to the bot (in English) and was given VIP for {@code duration} by an admin just now. */
    static long subscriber(String duration) {
        long user = newUser();
        push(FakeUpdates.message(user, "en", "/status"));
        push(FakeUpdates.message(ADMIN, "en", "/extend " + user + " " + duration));
        return user;
    }

    /** Posts {@code update} as Telegram would; returns the method call the bot answered with, or an empty object. */
    static JsonObject push(JsonObject update) {
        Response response = given().contentType("application/json")
                .header(WebhookEndpoint.SECRET_HEADER, JobsMode.SECRET)
                .body(update.encode())
                .post("/telegram/webhook");
        assertThat(response.statusCode()).as("webhook status").isEqualTo(200);
        String body = response.body().asString();
        return body == null || body.isBlank() ? new JsonObject() : new JsonObject(body);
    }

    static List<RecordedCall> calls(String method) {
        return FakeTelegram.api().calls(method);
    }

    /** Calls of {@code method} about {@code user}: to their chat, or on their channel membership. */
    static List<RecordedCall> about(String method, long user) {
        return calls(method).stream()
                .filter(call -> String.valueOf(user).equals(call.text("chat_id"))
                        || String.valueOf(user).equals(call.text("user_id")))
                .toList();
    }

    /** Texts the bot sent to {@code chatId} through the Bot API. */
    static List<String> sentTo(long chatId) {
        return calls("sendMessage").stream()
                .filter(call -> String.valueOf(chatId).equals(call.text("chat_id")))
                .map(call -> call.body().getString("text"))
                .toList();
    }

    static void until(String what, BooleanSupplier condition) {
        Eventually.until(what, Duration.ofSeconds(30), condition);
    }

    /** Waits until {@code job} has completed {@code runs} more runs, so that a run began after this call. */
    static void runs(MeterRegistry registry, String job, int runs) {
        double from = completedRuns(registry, job);
        until(runs + " more runs of " + job, () -> completedRuns(registry, job) >= from + runs);
    }

    private static double completedRuns(MeterRegistry registry, String job) {
        return registry.find("vipgate.jobs.runs").tag("job", job).counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }
}

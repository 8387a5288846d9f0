package io.vipgate.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import io.vipgate.telegram.fake.FakeBotApi;
import io.vipgate.telegram.fake.FakeHold;
import io.vipgate.telegram.fake.FakeUpdates;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM while an update is being handled: new webhook calls get 503 (Telegram retries them elsewhere), the one
 * in flight is finished and answered, and the process exits 0. Telegram is held up at the fake to keep the update
 * in flight; the application runs as a process of its own, configured as an operator would.
 */
class GracefulShutdownIT {

    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private final int port = ItSettings.freePort();
    private FakeBotApi telegram;
    private PackagedProcess app;

    @BeforeEach
    void startApplication() throws InterruptedException {
        telegram = FakeBotApi.start();
        app = PackagedProcess.start(
                "it-graceful-shutdown",
                ItSettings.environment(telegram.baseUrl(), ItSettings.database(), port, ItSettings.freePort()));
        Http.awaitStatus(port, "/q/health/ready", 200, START_LIMIT, app);
    }

    @AfterEach
    void stopEverything() {
        app.close();
        telegram.close();
    }

    @Test
    void anUpdateInFlightWhenShutdownBegins_isFinished_andTheProcessExitsZero() throws Exception {
        long stranger = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        CompletableFuture<HttpResponse<String>> inFlight;
        try (FakeHold slowTelegram = telegram.hold("declineChatJoinRequest")) {
            inFlight = Http.pushUpdate(port, FakeUpdates.joinRequest(stranger, "en", ItSettings.VIP_CHANNEL));
            assertThat(slowTelegram.awaitHeldCall(Duration.ofSeconds(10)))
                    .as("the update reached Telegram")
                    .isTrue();

            app.terminate();
            Http.awaitStatus(port, "/q/health/ready", 503, Duration.ofSeconds(10), app);
            int lateUpdate = Http.pushUpdate(port, FakeUpdates.message(stranger, "en", "/status"))
                    .get(10, TimeUnit.SECONDS)
                    .statusCode();
            assertThat(lateUpdate).as("an update arriving during shutdown").isEqualTo(503);
            assertThat(inFlight).as("the update in flight").isNotDone();
        }

        HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject reply = new JsonObject(answer.body());
        assertThat(reply.getString("method")).isEqualToIgnoringCase("sendMessage");
        assertThat(reply.getValue("chat_id").toString()).isEqualTo(Long.toString(stranger));
        assertThat(telegram.calls("declineChatJoinRequest"))
                .singleElement()
                .satisfies(call -> assertThat(call.text("user_id")).isEqualTo(Long.toString(stranger)));
        assertThat(app.awaitExit(Duration.ofSeconds(30)))
                .as("exit status after SIGTERM")
                .isZero();
    }
}

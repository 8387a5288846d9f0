package io.vipgate.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.telegram.fake.FakeFailure;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Updates, Bot API calls and 429s are counted with small fixed tags; metrics never show on the public port. */
@QuarkusTest
@TestProfile(WebhookMode.class)
class MetricsE2ETest {

    @Inject
    TelegramStatus status;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    @Test
    void handledAndDuplicateUpdates_areCountedByTypeAndOutcome() {
        double handledBefore = updates("command", "handled");
        double duplicatesBefore = updates("command", "duplicate");
        var update = FakeUpdates.message(Bot.newUser(), "en", "/status");

        Bot.push(update);
        assertThat(Bot.redeliver(update).statusCode()).isEqualTo(200);

        assertThat(updates("command", "handled")).isEqualTo(handledBefore + 1);
        assertThat(updates("command", "duplicate")).isEqualTo(duplicatesBefore + 1);
    }

    @Test
    void botApiCallsAnd429s_areCountedByMethodAndOutcome() {
        long admin = Bot.ADMIN;
        double throttledBefore =
                registry.counter("vipgate.telegram.api.throttled").count();
        FakeTelegram.api().failNext("sendMessage", 1, FakeFailure.tooManyRequests(1));

        long user = Bot.newUser();

        Bot.push(FakeUpdates.message(admin, "en", "/extend " + user + " 1d"));
        Bot.until("the granted user was told", () -> !Bot.sentTo(user).isEmpty());

        assertThat(registry.counter("vipgate.telegram.api.throttled").count()).isEqualTo(throttledBefore + 1);
        assertThat(registry.find("vipgate.telegram.api.calls")
                        .tag("outcome", "ok")
                        .timers())
                .isNotEmpty()
                .allSatisfy(timer -> assertThat(timer.getId().getTag("method")).doesNotContain("bot"));
    }

    @Test
    void postgresql_isMeasuredAsOnePool_notAsAClientPerConnection() {
        Bot.push(FakeUpdates.message(Bot.newUser(), "en", "/status"));

        assertThat(registry.find("sql.pool.queue.size").gauges()).isNotEmpty();
        // The Vert.x client series are created again for every new connection under the same tags, so all but the
        // first were dropped ("This Gauge has been already registered (postgresql.queue.size)") and the kept one
        // showed a single connection.
        assertThat(registry.getMeters())
                .map(meter -> meter.getId())
                .noneMatch(id -> id.getName().startsWith("postgresql."));
    }

    @Test
    void metrics_areNotServedOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404);
    }

    private double updates(String type, String outcome) {
        return Optional.ofNullable(registry.find("vipgate.updates")
                        .tag("type", type)
                        .tag("outcome", outcome)
                        .timer())
                .map(Timer::count)
                .orElse(0L);
    }
}

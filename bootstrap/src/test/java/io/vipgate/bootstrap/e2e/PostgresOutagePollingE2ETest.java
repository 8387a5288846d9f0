package io.vipgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL unreachable while Redis answers, over long polling: the offset stays on the update however many
 * polls the outage lasts (never retired as a poison update), and it is handled once when PostgreSQL is back.
 */
@QuarkusTest
@TestProfile(PostgresOutagePollingMode.class)
class PostgresOutagePollingE2ETest {

    private static final long FREE = -1001000000002L;

    @Inject
    TelegramStatus status;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    @Test
    void aJoinRequestDuringAnOutage_holdsTheOffset_throughManyPolls_thenIsHandledOnce() {
        long user = Bot.newUser();
        JsonObject request = FakeUpdates.joinRequest(user, "en", FREE);
        int id = request.getInteger("update_id");

        PostgresProxy.proxy().stop();
        try {
            int before = Bot.calls("getUpdates").size();
            FakeTelegram.api().enqueueUpdate(request);
            Bot.until(
                    "eight polls during the outage",
                    () -> Bot.calls("getUpdates").size() >= before + 8);
            assertThat(Bot.calls("getUpdates"))
                    .allSatisfy(call ->
                            assertThat(call.body().getInteger("offset", 0)).isLessThanOrEqualTo(id));
            assertThat(Bot.sentTo(user)).isEmpty();
        } finally {
            PostgresProxy.proxy().start();
        }

        Bot.until("the acknowledgement", () -> !Bot.sentTo(user).isEmpty());
        Bot.until(
                "the offset passes it",
                () -> Bot.calls("getUpdates").stream()
                        .anyMatch(call -> call.body().getInteger("offset", 0) > id));
        assertThat(Bot.sentTo(user)).singleElement().asString().contains("free channel");
    }
}

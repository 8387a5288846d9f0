package io.vipgate.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.client.BotApiException;
import io.vipgate.telegram.client.TestClients;
import io.vipgate.telegram.inbound.Update;
import io.vipgate.telegram.inbound.Updates;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/** The fake behaves like the parts of Telegram that tests lean on. */
class FakeBotApiTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private Vertx vertx;
    private FakeBotApi api;
    private BotApiClient client;

    @BeforeEach
    void start() {
        api = FakeBotApi.start();
        vertx = Vertx.vertx();
        client = new BotApiClient(vertx, TestClients.fast(api.baseUrl()).withRetries(1, Duration.ZERO, Duration.ZERO));
    }

    @AfterEach
    void stop() {
        client.close();
        vertx.closeAndAwait();
        api.close();
    }

    @Test
    void getUpdates_returnsQueuedUpdates_untilAnOffsetConfirmsThem() {
        api.enqueueUpdate(new JsonObject().put("update_id", 10));
        api.enqueueUpdate(new JsonObject().put("update_id", 11));

        List<Update> first = client.call(
                        GetUpdates.builder().offset(0).timeout(0).build(), Updates.GET_UPDATES)
                .await()
                .atMost(WAIT);
        List<Update> second = client.call(
                        GetUpdates.builder().offset(11).timeout(0).build(), Updates.GET_UPDATES)
                .await()
                .atMost(WAIT);

        assertThat(first).extracting(Update::updateId).containsExactly(10, 11);
        assertThat(second).extracting(Update::updateId).containsExactly(11);
    }

    @Test
    void scriptedFailures_applyToTheNextCallsOnly() {
        api.failNext("getme", 1, FakeFailure.serverError());

        assertThatThrownBy(() -> client.call(new GetMe()).await().atMost(WAIT))
                .isInstanceOf(BotApiException.ServerError.class);
        assertThat(client.call(new GetMe()).await().atMost(WAIT).getIsBot()).isTrue();
        assertThat(api.calls("getMe")).hasSize(2);
    }

    @Test
    void heldCalls_areRecordedAtOnce_andAnsweredOnlyOnceReleased() throws InterruptedException {
        FakeHold hold = api.hold("getMe");

        var answer = client.call(new GetMe()).subscribeAsCompletionStage();

        assertThat(hold.awaitHeldCall(WAIT)).isTrue();
        assertThat(api.calls("getMe")).hasSize(1);
        assertThat(answer).isNotDone();
        hold.release();
        assertThat(answer.toCompletableFuture().join().getIsBot()).isTrue();
    }

    @Test
    void unknownPath_isNotFound_andNotRecorded() {
        WebClient web = WebClient.create(vertx);

        int status = web.postAbs(api.baseUrl() + "/nothing-here")
                .send()
                .await()
                .atMost(WAIT)
                .statusCode();

        assertThat(status).isEqualTo(404);
        assertThat(api.calls()).isEmpty();
        web.close();
    }
}

package io.vipgate.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vipgate.application.fakes.Eventually;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.client.TestClients;
import io.vipgate.telegram.command.StubUseCases;
import io.vipgate.telegram.fake.FakeBotApi;
import io.vipgate.telegram.fake.FakeFailure;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.fake.RecordedCall;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Long polling: the webhook goes first, every update kind is asked for, and the offset only passes handled ones. */
class LongPollerTest {

    private final StubUseCases stubs = new StubUseCases();
    private final MemoryUpdateClaims claims = new MemoryUpdateClaims();
    private Vertx vertx;
    private FakeBotApi api;
    private BotApiClient client;
    private LongPoller poller;
    private TransportSettings settings;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        api = FakeBotApi.start(vertx);
        client = new BotApiClient(vertx, TestClients.fast(api.baseUrl()));
        Backoff backoff = new Backoff(Duration.ofMillis(20), Duration.ofMillis(50));
        settings = new TransportSettings(
                TransportSettings.Mode.POLLING,
                Optional.empty(),
                Optional.empty(),
                Duration.ofSeconds(30),
                Duration.ofMillis(20),
                backoff,
                backoff);
        poller = new LongPoller(
                client,
                Bots.intake(stubs, claims),
                new ReplySender(client, new Deliveries(client, stubs.users)),
                settings,
                vertx);
    }

    @AfterEach
    void stop() {
        poller.stop().await().atMost(Duration.ofSeconds(15));
        client.close();
        api.close();
        vertx.closeAndAwait();
    }

    private List<RecordedCall> polls() {
        return api.calls("getUpdates");
    }

    @Test
    void theWebhookIsDeletedFirst_thenEveryUpdateKindIsAskedFor() {
        poller.start().await().atMost(Duration.ofSeconds(5));
        Eventually.until("a poll", () -> !polls().isEmpty());

        assertThat(api.calls().getFirst().is("deleteWebhook")).isTrue();
        JsonObject poll = polls().getFirst().body();
        assertThat(poll.getInteger("timeout")).isEqualTo(30);
        assertThat(poll.getInteger("limit")).isEqualTo(100);
        assertThat(poll.getJsonArray("allowed_updates").getList())
                .containsExactly(
                        "message",
                        "callback_query",
                        "pre_checkout_query",
                        "chat_join_request",
                        "chat_member",
                        "my_chat_member");
    }

    @Test
    void handledUpdates_areConfirmed_andAnswered() {
        JsonObject first = FakeUpdates.message(42, "en", "/status");
        JsonObject second = FakeUpdates.message(43, "es", "/help");
        api.enqueueUpdate(first);
        api.enqueueUpdate(second);

        poller.start().await().atMost(Duration.ofSeconds(5));
        int next = second.getInteger("update_id") + 1;
        Eventually.until(
                "the offset passes both",
                () -> polls().stream().anyMatch(call -> call.body().getInteger("offset", 0) == next));
        Eventually.until("both answers", () -> api.calls("sendMessage").size() == 2);

        assertThat(api.calls("sendMessage"))
                .extracting(call -> call.text("chat_id"))
                .containsExactlyInAnyOrder("42", "43");
    }

    @Test
    void anUpdateThatCannotBeRecorded_isPolledAgain_untilItIsHandled() {
        claims.down = true;
        JsonObject update = FakeUpdates.message(42, "en", "/status");
        api.enqueueUpdate(update);

        poller.start().await().atMost(Duration.ofSeconds(5));
        Eventually.until("three polls", () -> polls().size() >= 3);
        assertThat(polls())
                .allSatisfy(call -> assertThat(call.body().getInteger("offset", 0))
                        .isLessThanOrEqualTo(update.getInteger("update_id")));
        assertThat(api.calls("sendMessage")).isEmpty();

        claims.down = false;
        Eventually.until("the answer", () -> api.calls("sendMessage").size() == 1);
    }

    @Test
    void anUpdateClaimedElsewhereAndNotDone_holdsTheOffset_untilItIsDone_thenIsNotHandledHere() {
        JsonObject update = FakeUpdates.message(42, "en", "/status");
        long id = update.getLong("update_id");
        claims.busyElsewhere.add(id);
        api.enqueueUpdate(update);

        poller.start().await().atMost(Duration.ofSeconds(5));
        Eventually.until("three polls", () -> polls().size() >= 3);
        assertThat(polls())
                .allSatisfy(
                        call -> assertThat(call.body().getInteger("offset", 0)).isLessThanOrEqualTo((int) id));

        claims.done.add(id);
        Eventually.until(
                "the offset passes it",
                () -> polls().stream().anyMatch(call -> call.body().getInteger("offset", 0) == id + 1));
        assertThat(api.calls("sendMessage")).isEmpty();
        assertThat(stubs.calls).isEmpty();
    }

    @Test
    void theOffsetIsConfirmed_andTheUpdateDone_onlyAfterItsReplyWentOut() throws InterruptedException {
        JsonObject update = FakeUpdates.message(42, "en", "/status");
        long id = update.getLong("update_id");
        api.enqueueUpdate(update);

        try (var held = api.hold("sendMessage")) {
            poller.start().await().atMost(Duration.ofSeconds(5));
            assertThat(held.awaitHeldCall(Duration.ofSeconds(10))).isTrue();
            assertThat(polls())
                    .as("no poll confirms the update while its reply is held")
                    .allSatisfy(call ->
                            assertThat(call.body().getInteger("offset", 0)).isLessThanOrEqualTo((int) id));
            assertThat(claims.done).isEmpty();
        }
        Eventually.until(
                "the offset passes it",
                () -> polls().stream().anyMatch(call -> call.body().getInteger("offset", 0) == id + 1));
        assertThat(claims.done).containsExactly(id);
    }

    @Test
    void aReplyHitBy429_isSentOnceTelegramAllows() {
        api.failNext("sendMessage", 1, FakeFailure.tooManyRequests(1));
        api.enqueueUpdate(FakeUpdates.message(42, "en", "/status"));

        poller.start().await().atMost(Duration.ofSeconds(5));

        Eventually.until("the retried answer", () -> api.calls("sendMessage").size() == 2);
    }

    @Test
    void afterStop_noMorePolls_andNothingIsHandled() {
        poller.start().await().atMost(Duration.ofSeconds(5));
        Eventually.until("a poll", () -> !polls().isEmpty());

        poller.stop().await().atMost(Duration.ofSeconds(5));
        int polled = polls().size();
        api.enqueueUpdate(FakeUpdates.message(42, "en", "/status"));
        // The absence is measured against a witness: a poller just like it, on its own fake Bot API, that polls ten
        // times after the stop. A stopped poller that still ran would have polled again within that time.
        FakeBotApi witnessApi = FakeBotApi.start(vertx);
        BotApiClient witnessClient = new BotApiClient(vertx, TestClients.fast(witnessApi.baseUrl()));
        LongPoller witness = new LongPoller(
                witnessClient,
                Bots.intake(stubs, claims),
                new ReplySender(witnessClient, new Deliveries(witnessClient, stubs.users)),
                settings,
                vertx);
        try {
            witness.start().await().atMost(Duration.ofSeconds(5));
            Eventually.until(
                    "ten polls of the witness",
                    () -> witnessApi.calls("getUpdates").size() >= 10);
        } finally {
            witness.stop().await().atMost(Duration.ofSeconds(15));
            witnessClient.close();
            witnessApi.close();
        }

        assertThat(polls()).hasSize(polled);
        assertThat(api.calls("sendMessage")).isEmpty();
    }
}

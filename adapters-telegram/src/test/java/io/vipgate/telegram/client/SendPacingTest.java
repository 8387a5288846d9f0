package io.vipgate.telegram.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vipgate.telegram.fake.FakeBotApi;
import io.vipgate.telegram.fake.RecordedCall;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Sends are paced from the Bot API's side of the wire: overall rate and per-chat interval, bursts queued. */
class SendPacingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static Vertx vertx;
    private FakeBotApi api;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.closeAndAwait();
    }

    @BeforeEach
    void start() {
        api = FakeBotApi.start(vertx);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void burstOf40_at20PerSecond_isQueuedInOrder_andSpaced() {
        try (BotApiClient client = client(20, Duration.ofSeconds(1))) {
            List<Uni<Message>> burst = IntStream.range(0, 40)
                    .mapToObj(i -> client.send(1000 + i, message(1000 + i, "m" + i)))
                    .toList();

            Uni.join().all(burst).andFailFast().await().atMost(WAIT);
        }

        List<RecordedCall> calls = api.calls("sendMessage");
        assertThat(calls).hasSize(40);
        // Dispatch order is the limiter's (SendLimiterTest); arrival order on a loaded machine is the network's.
        assertThat(calls)
                .extracting(call -> call.body().getString("text"))
                .containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, 40).mapToObj(i -> "m" + i).toList());
        assertThat(calls.getLast().millisAfter(calls.getFirst())).isGreaterThanOrEqualTo(1850.0);
        for (RecordedCall first : calls) {
            long inWindow = calls.stream()
                    .filter(call -> call.millisAfter(first) >= 0 && call.millisAfter(first) < 1000)
                    .count();
            assertThat(inWindow)
                    .as("sends within a second of %s", first.body().getString("text"))
                    .isLessThanOrEqualTo(21);
        }
    }

    @Test
    void twoMessagesToOneChat_areASecondApart_whileOtherChatsGoAhead() {
        try (BotApiClient client = client(30, Duration.ofSeconds(1))) {
            Uni.join()
                    .all(
                            client.send(7, message(7, "a1")),
                            client.send(7, message(7, "a2")),
                            client.send(8, message(8, "b1")))
                    .andFailFast()
                    .await()
                    .atMost(WAIT);
        }

        List<RecordedCall> calls = api.calls("sendMessage");
        List<String> texts =
                calls.stream().map(call -> call.body().getString("text")).toList();
        assertThat(texts.getLast())
                .as("the chat's second message waits, the other chat does not")
                .isEqualTo("a2");
        RecordedCall a1 = calls.get(texts.indexOf("a1"));
        assertThat(calls.getLast().millisAfter(a1)).isGreaterThanOrEqualTo(950.0);
        assertThat(calls.get(1).millisAfter(calls.get(0))).isLessThan(800.0);
    }

    @Test
    void unpacedCalls_doNotWait() {
        try (BotApiClient client = client(1, Duration.ofSeconds(1))) {
            Uni.join()
                    .all(IntStream.range(0, 5)
                            .mapToObj(i -> client.call(message(9, "c" + i)))
                            .toList())
                    .andFailFast()
                    .await()
                    .atMost(WAIT);
        }

        List<RecordedCall> calls = api.calls("sendMessage");
        assertThat(calls).hasSize(5);
        assertThat(calls.getLast().millisAfter(calls.getFirst())).isLessThan(800.0);
    }

    private BotApiClient client(int perSecond, Duration perChat) {
        return new BotApiClient(vertx, TestClients.fast(api.baseUrl()).withRates(perSecond, perChat));
    }

    private static SendMessage message(long chatId, String text) {
        return SendMessage.builder().chatId(chatId).text(text).build();
    }
}

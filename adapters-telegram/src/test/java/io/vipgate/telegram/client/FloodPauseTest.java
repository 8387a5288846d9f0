package io.vipgate.telegram.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vipgate.telegram.TelegramObserver;
import io.vipgate.telegram.fake.FakeBotApi;
import io.vipgate.telegram.fake.FakeFailure;
import io.vipgate.telegram.fake.RecordedCall;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.groupadministration.BanChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** A 429 on one send holds every call of the process that acts on a chat until its retry_after has passed. */
class FloodPauseTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final CountDownLatch throttled = new CountDownLatch(1);
    private Vertx vertx;
    private FakeBotApi api;
    private BotApiClient client;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        api = FakeBotApi.start(vertx);
        TelegramObserver observer = new TelegramObserver() {
            @Override
            public void apiCall(String method, String outcome, Duration took) {
                if (outcome.equals("too_many_requests")) {
                    throttled.countDown();
                }
            }

            @Override
            public void update(String type, String outcome, Duration took) {}
        };
        client = new BotApiClient(vertx, TestClients.fast(api.baseUrl()), observer, Optional.empty());
    }

    @AfterEach
    void stop() {
        client.close();
        api.close();
        vertx.closeAndAwait();
    }

    @Test
    void aSendToAnotherChat_waitsOutTheRetryAfterOfA429() throws InterruptedException {
        api.failNext("sendMessage", 1, FakeFailure.tooManyRequests(1));
        Uni<Message> first =
                client.send(1L, new SendMessage("1", "first")).memoize().indefinitely();
        first.subscribe().with(message -> {}, failure -> {});
        assertThat(throttled.await(5, TimeUnit.SECONDS))
                .as("the first send got its 429")
                .isTrue();

        client.send(2L, new SendMessage("2", "second")).await().atMost(WAIT);
        first.await().atMost(WAIT);

        List<RecordedCall> calls = api.calls("sendMessage");
        assertThat(calls).hasSize(3);
        RecordedCall refused = calls.getFirst();
        assertThat(calls.subList(1, 3))
                .allSatisfy(later -> assertThat(later.millisAfter(refused))
                        .as("sent after retry_after")
                        .isGreaterThanOrEqualTo(990.0));
    }

    @Test
    void anUnpacedCall_waitsOutTheRetryAfterToo_butALongPollDoesNot() throws InterruptedException {
        api.failNext("sendMessage", 1, FakeFailure.tooManyRequests(1));
        Uni<Message> first =
                client.send(1L, new SendMessage("1", "first")).memoize().indefinitely();
        first.subscribe().with(message -> {}, failure -> {});
        assertThat(throttled.await(5, TimeUnit.SECONDS))
                .as("the send got its 429")
                .isTrue();

        client.call(GetUpdates.builder().timeout(0).build()).await().atMost(WAIT);
        client.call(BanChatMember.builder().chatId(-100L).userId(7L).build())
                .await()
                .atMost(WAIT);
        first.await().atMost(WAIT);

        List<RecordedCall> sends = api.calls("sendMessage");
        assertThat(sends).hasSize(2);
        assertThat(api.calls("getUpdates").getFirst().nanoTime())
                .as("the poll went before the pause ended")
                .isLessThan(sends.get(1).nanoTime());
        assertThat(api.calls("banChatMember").getFirst().millisAfter(sends.getFirst()))
                .as("the ban waited")
                .isGreaterThanOrEqualTo(990.0);
    }
}

package io.vipgate.telegram.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.mutiny.core.Vertx;
import io.vipgate.application.messaging.port.out.SendBudget;
import io.vipgate.telegram.TelegramObserver;
import io.vipgate.telegram.fake.FakeBotApi;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/** With a shared budget (Redis across replicas), every send waits the delay the budget hands out for its chat. */
class SharedSendBudgetTest {

    private final List<Long> reserved = new CopyOnWriteArrayList<>();
    private Vertx vertx;
    private FakeBotApi api;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        api = FakeBotApi.start(vertx);
    }

    @AfterEach
    void stop() {
        api.close();
        vertx.closeAndAwait();
    }

    @Test
    void aSend_reservesItsChatsSlot_andWaitsTheDelayGiven() {
        SendBudget budget = chatId -> {
            reserved.add(chatId);
            return CompletableFuture.completedFuture(Duration.ofMillis(400));
        };
        try (BotApiClient client =
                new BotApiClient(vertx, TestClients.fast(api.baseUrl()), TelegramObserver.NONE, Optional.of(budget))) {
            long started = System.nanoTime();

            client.send(4242L, new SendMessage("4242", "hello")).await().atMost(Duration.ofSeconds(5));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(390));
        }
        assertThat(reserved).containsExactly(4242L);
        assertThat(api.calls("sendMessage")).hasSize(1);
    }

    @Test
    void unpacedCalls_doNotTouchTheBudget() {
        SendBudget budget = chatId -> {
            reserved.add(chatId);
            return CompletableFuture.completedFuture(Duration.ZERO);
        };
        try (BotApiClient client =
                new BotApiClient(vertx, TestClients.fast(api.baseUrl()), TelegramObserver.NONE, Optional.of(budget))) {
            client.call(new GetMe()).await().atMost(Duration.ofSeconds(5));
        }
        assertThat(reserved).isEmpty();
    }
}

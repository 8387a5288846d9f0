package io.vipgate.telegram.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.telegram.fake.FakeBotApi;
import io.vipgate.telegram.fake.FakeBotApiExtension;
import io.vipgate.telegram.fake.FakeFailure;
import io.vipgate.telegram.fake.RecordedCall;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

class BotApiClientTest {

    @RegisterExtension
    static final FakeBotApiExtension TELEGRAM = new FakeBotApiExtension();

    private static final Duration WAIT = Duration.ofSeconds(5);
    private FakeBotApi api;
    private BotApiClient client;

    @BeforeEach
    void start() {
        api = TELEGRAM.api();
        client = TELEGRAM.client();
    }

    @Test
    void sendMessage_postsSnakeCaseJsonToTheMethodPath_andReadsTheMessage() {
        Message message = client.call(
                        SendMessage.builder().chatId(42L).text("hola").build())
                .await()
                .atMost(WAIT);

        assertThat(message.getText()).isEqualTo("hola");
        assertThat(message.getChatId()).isEqualTo(42L);
        RecordedCall call = api.calls().getFirst();
        assertThat(api.calls()).hasSize(1);
        assertThat(call.is("sendMessage")).isTrue();
        assertThat(call.token()).isEqualTo(FakeBotApi.TOKEN);
        assertThat(call.text("chat_id")).isEqualTo("42");
        assertThat(call.body().getString("text")).isEqualTo("hola");
        assertThat(call.body().fieldNames()).doesNotContain("chatId");
    }

    @Test
    void getMe_readsTheBotUser() {
        User me = client.call(new GetMe()).await().atMost(WAIT);

        assertThat(me.getIsBot()).isTrue();
        assertThat(me.getUserName()).isEqualTo("vipgate_test_bot");
    }

    @Test
    void tooManyRequests_waitsRetryAfter_thenRetriesOnce() {
        api.failNext("sendMessage", 1, FakeFailure.tooManyRequests(1));

        client.call(SendMessage.builder().chatId(1L).text("x").build()).await().atMost(WAIT);

        List<RecordedCall> calls = api.calls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).millisAfter(calls.get(0))).isBetween(950.0, 1800.0);
    }

    @Test
    void tooManyRequests_longerThanMaxRetryAfter_isReportedNotWaited() {
        BotApiSettings s = TestClients.fast(api.baseUrl());
        BotApiClient impatient = new BotApiClient(
                TELEGRAM.vertx(),
                new BotApiSettings(
                        s.apiUrl(),
                        s.token(),
                        s.requestTimeout(),
                        3,
                        s.initialBackoff(),
                        s.maxBackoff(),
                        Duration.ofSeconds(1),
                        1000,
                        Duration.ZERO));
        api.failNext("getMe", 1, FakeFailure.tooManyRequests(30));

        assertThatThrownBy(() -> impatient.call(new GetMe()).await().atMost(WAIT))
                .isInstanceOfSatisfying(
                        BotApiException.TooManyRequests.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
        assertThat(api.calls()).hasSize(1);
        impatient.close();
    }

    @Test
    void serverError_isRetriedWithGrowingBackoff_untilItSucceeds() {
        api.failNext("getMe", 2, FakeFailure.serverError());

        User me = client.call(new GetMe()).await().atMost(WAIT);

        List<RecordedCall> calls = api.calls();
        assertThat(me.getId()).isPositive();
        assertThat(calls).hasSize(3);
        assertThat(calls.get(1).millisAfter(calls.get(0))).isGreaterThanOrEqualTo(19.0);
        assertThat(calls.get(2).millisAfter(calls.get(1))).isGreaterThanOrEqualTo(39.0);
    }

    @Test
    void serverErrorForever_givesUpAfterMaxAttempts() {
        api.failNext("getMe", 10, FakeFailure.serverError());

        assertThatThrownBy(() -> client.call(new GetMe()).await().atMost(WAIT))
                .isInstanceOfSatisfying(
                        BotApiException.ServerError.class,
                        e -> assertThat(e.status()).isEqualTo(502));
        assertThat(api.calls()).hasSize(3);
    }

    @Test
    void droppedConnection_isRetried_thenSucceeds() {
        api.failNext("getMe", 1, FakeFailure.dropConnection());

        client.call(new GetMe()).await().atMost(WAIT);

        assertThat(api.calls()).hasSize(2);
    }

    @Test
    void droppedConnectionForever_isANetworkError_afterMaxAttempts() {
        api.failNext("getMe", 10, FakeFailure.dropConnection());

        assertThatThrownBy(() -> client.call(new GetMe()).await().atMost(WAIT))
                .isInstanceOf(BotApiException.NetworkError.class);
        assertThat(api.calls()).hasSize(3);
    }

    @Test
    void closedServer_isANetworkError() {
        api.close();

        assertThatThrownBy(() -> client.call(new GetMe()).await().atMost(WAIT))
                .isInstanceOf(BotApiException.NetworkError.class)
                .hasMessageContaining("getme");
    }

    @Test
    void unansweredRequest_timesOut_asANetworkError_andIsRetried() {
        BotApiClient hasty = new BotApiClient(
                TELEGRAM.vertx(), TestClients.fast(api.baseUrl()).withRequestTimeout(Duration.ofMillis(200)));
        api.failNext("getMe", 10, FakeFailure.hang());

        assertThatThrownBy(() -> hasty.call(new GetMe()).await().atMost(WAIT))
                .isInstanceOf(BotApiException.NetworkError.class);
        assertThat(api.calls()).hasSize(3);
        hasty.close();
    }
}

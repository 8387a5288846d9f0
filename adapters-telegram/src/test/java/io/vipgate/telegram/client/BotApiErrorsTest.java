package io.vipgate.telegram.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.telegram.fake.FakeBotApi;
import io.vipgate.telegram.fake.FakeBotApiExtension;
import io.vipgate.telegram.fake.FakeFailure;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/** Errors that retrying cannot fix come back typed, after exactly one call. */
class BotApiErrorsTest {

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
    void badRequest_carriesTelegramsDescription_andIsNotRetried() {
        api.failNext("sendMessage", 1, FakeFailure.badRequest("Bad Request: chat not found"));

        assertThatThrownBy(this::send)
                .isInstanceOfSatisfying(
                        BotApiException.BadRequest.class,
                        e -> assertThat(e.description()).isEqualTo("Bad Request: chat not found"));
        assertThat(api.calls()).hasSize(1);
    }

    @Test
    void blockedByUser_isForbiddenAndFlagged_andIsNotRetried() {
        api.failNext("sendMessage", 1, FakeFailure.blockedByUser());

        assertThatThrownBy(this::send)
                .isInstanceOfSatisfying(
                        BotApiException.Forbidden.class,
                        e -> assertThat(e.blockedByUser()).isTrue());
        assertThat(api.calls()).hasSize(1);
    }

    @Test
    void otherForbidden_isNotFlaggedAsBlocked() {
        api.failNext("sendMessage", 1, FakeFailure.forbidden("Forbidden: bot is not a member of the channel chat"));

        assertThatThrownBy(this::send)
                .isInstanceOfSatisfying(
                        BotApiException.Forbidden.class,
                        e -> assertThat(e.blockedByUser()).isFalse());
        assertThat(api.calls()).hasSize(1);
    }

    @Test
    void notFound_isTyped_andIsNotRetried() {
        api.failNext("sendMessage", 1, FakeFailure.notFound());

        assertThatThrownBy(this::send).isInstanceOf(BotApiException.NotFound.class);
        assertThat(api.calls()).hasSize(1);
    }

    @Test
    void otherClientError_isRejected_andIsNotRetried() {
        api.failNext(
                "sendMessage",
                1,
                new FakeFailure.Status(409, "Conflict: terminated by other getUpdates request", null));

        assertThatThrownBy(this::send)
                .isInstanceOfSatisfying(
                        BotApiException.Rejected.class,
                        e -> assertThat(e.status()).isEqualTo(409));
        assertThat(api.calls()).hasSize(1);
    }

    @Test
    void invalidRequest_isABadRequest_withoutAnyCall() {
        assertThatThrownBy(() -> client.call(
                                SendMessage.builder().chatId(1L).text("").build())
                        .await()
                        .atMost(WAIT))
                .isInstanceOf(BotApiException.BadRequest.class)
                .hasMessageContaining("not sent");
        assertThat(api.calls()).isEmpty();
    }

    private void send() {
        client.call(SendMessage.builder().chatId(5L).text("hi").build()).await().atMost(WAIT);
    }
}

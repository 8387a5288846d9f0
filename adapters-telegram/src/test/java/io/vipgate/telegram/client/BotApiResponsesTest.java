package io.vipgate.telegram.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;

class BotApiResponsesTest {

    private static final BotToken TOKEN = BotToken.of("42:SECRET");

    @Test
    void okAnswer_isTheResult() {
        assertThat(BotApiResponses.read(
                                "getMe",
                                ResultReader.of(new GetMe()),
                                TOKEN,
                                200,
                                "{\"ok\":true,\"result\":{\"id\":7,\"is_bot\":true,\"first_name\":\"b\"}}")
                        .getId())
                .isEqualTo(7L);
    }

    @Test
    void tooManyRequests_readsRetryAfter_orDefaultsToOneSecond() {
        assertThat(BotApiResponses.error(
                        "m", TOKEN, 429, "{\"ok\":false,\"error_code\":429,\"parameters\":{\"retry_after\":7}}"))
                .isInstanceOfSatisfying(
                        BotApiException.TooManyRequests.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7)));
        assertThat(BotApiResponses.error("m", TOKEN, 429, ""))
                .isInstanceOfSatisfying(
                        BotApiException.TooManyRequests.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void gatewayPageWithoutJson_isAServerError() {
        assertThat(BotApiResponses.error("m", TOKEN, 504, "<html>Gateway Timeout</html>"))
                .isInstanceOfSatisfying(
                        BotApiException.ServerError.class,
                        e -> assertThat(e.status()).isEqualTo(504));
    }

    @Test
    void okStatusWithUnreadableBody_isRejected() {
        assertThatThrownBy(() -> BotApiResponses.read(
                        "getMe", ResultReader.of(new GetMe()), TOKEN, 200, "<html>captive portal</html>"))
                .isInstanceOfSatisfying(
                        BotApiException.Rejected.class,
                        e -> assertThat(e.status()).isEqualTo(200));
    }

    @Test
    void okStatusWithOkFalse_usesTheErrorCode() {
        assertThatThrownBy(() -> BotApiResponses.read(
                        "getMe",
                        ResultReader.of(new GetMe()),
                        TOKEN,
                        200,
                        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: odd\"}"))
                .isInstanceOf(BotApiException.BadRequest.class);
    }

    @Test
    void descriptionEchoingTheToken_isRedacted() {
        BotApiException error = BotApiResponses.error(
                "m", TOKEN, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"bad url /bot42:SECRET/m\"}");

        assertThat(error.getMessage()).doesNotContain("42:SECRET").contains("/bot<redacted>/m");
    }
}

package io.vipgate.telegram.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.vipgate.telegram.fake.FakeBotApi;
import io.vipgate.telegram.fake.FakeBotApiExtension;
import io.vipgate.telegram.fake.FakeFailure;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/** The bot token is part of every URL, yet never shows in a message, a toString or a log line. */
class TokenRedactionTest {

    @RegisterExtension
    static final FakeBotApiExtension TELEGRAM =
            new FakeBotApiExtension(url -> TestClients.fast(url).withRequestTimeout(Duration.ofMillis(300)));

    private FakeBotApi api;
    private BotApiClient client;

    @BeforeEach
    void start() {
        api = TELEGRAM.api();
        client = TELEGRAM.client();
    }

    static Stream<FakeFailure> failures() {
        return Stream.of(
                FakeFailure.badRequest("Bad Request: chat not found"),
                FakeFailure.blockedByUser(),
                FakeFailure.notFound(),
                FakeFailure.serverError(),
                FakeFailure.tooManyRequests(120),
                FakeFailure.dropConnection(),
                FakeFailure.hang());
    }

    @ParameterizedTest
    @MethodSource("failures")
    void failureMessages_showTheRedactedPath_neverTheToken(FakeFailure failure) {
        api.failNext("sendMessage", 3, failure);

        Throwable thrown = catchThrowable(this::send);

        assertThat(thrown).isInstanceOf(BotApiException.class).hasMessageContaining("/bot<redacted>/sendmessage");
        assertThat(thrown.toString()).doesNotContain(FakeBotApi.TOKEN);
        assertThat(thrown.getCause()).isNull();
    }

    @Test
    void retryLogLines_neverContainTheToken() {
        api.failNext("sendMessage", 1, FakeFailure.hang());
        api.failNext("sendMessage", 1, FakeFailure.serverError());

        try (LogCapture log = LogCapture.of(BotApiClient.class)) {
            send();

            assertThat(log.lines())
                    .hasSize(2)
                    .allSatisfy(line ->
                            assertThat(line).contains("method=sendmessage").doesNotContain(FakeBotApi.TOKEN));
        }
    }

    @Test
    void toStrings_showNoToken() {
        BotApiSettings settings = TestClients.fast(api.baseUrl());

        assertThat(Stream.of(client, settings, settings.token()).map(String::valueOf))
                .allSatisfy(text ->
                        assertThat(text).doesNotContain(FakeBotApi.TOKEN).contains(BotToken.REDACTED));
    }

    @Test
    void token_withASlashOrSpace_isRefused() {
        assertThatThrownBy(() -> BotToken.of("12/34")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BotToken.of("12 34")).isInstanceOf(IllegalArgumentException.class);
    }

    private void send() {
        client.call(SendMessage.builder().chatId(5L).text("hi").build()).await().atMost(Duration.ofSeconds(5));
    }
}

package io.vipgate.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.command.StubUseCases;
import io.vipgate.telegram.fake.FakeBotApiExtension;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.fake.RecordedCall;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With replies sent on their own, the webhook answers 200 with an empty body and the reply goes out as a call. */
class WebhookSentRepliesTest {

    @RegisterExtension
    static final FakeBotApiExtension TELEGRAM = new FakeBotApiExtension();

    private static final String SECRET = "s3cret-for-the-webhook_0123";
    private final StubUseCases stubs = new StubUseCases();
    private final TelegramStatus status = new TelegramStatus(TransportSettings.Mode.WEBHOOK);
    private WebhookRegistration registration;
    private WebhookEndpoint endpoint;

    @BeforeEach
    void start() {
        BotApiClient client = TELEGRAM.client();
        Backoff backoff = new Backoff(Duration.ofMillis(10), Duration.ofMillis(10));
        TransportSettings settings = new TransportSettings(
                TransportSettings.Mode.WEBHOOK,
                Optional.of("https://bot.example.com/telegram/webhook"),
                Optional.of(SECRET),
                Duration.ofSeconds(30),
                Duration.ofMillis(10),
                backoff,
                backoff);
        ReplySender replies = new ReplySender(client, new Deliveries(client, stubs.users));
        registration = new WebhookRegistration(client, settings, replies);
        endpoint = new WebhookEndpoint(
                settings, status, Bots.intake(stubs, new MemoryUpdateClaims()), Optional.of(replies));
        status.botKnown("vipgate_test_bot");
    }

    @Test
    void aCommandsReply_isSentWithSendMessage_andTheResponseBodyStaysEmpty() {
        byte[] update = FakeUpdates.message(42, "en", "/status").encode().getBytes(StandardCharsets.UTF_8);

        WebhookEndpoint.Answer answer = endpoint.receive(SECRET, update).await().atMost(Duration.ofSeconds(5));
        registration.stop().await().atMost(Duration.ofSeconds(15));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json()).isEmpty();
        assertThat(TELEGRAM.api().calls("sendMessage")).singleElement().satisfies((RecordedCall call) -> {
            assertThat(call.text("chat_id")).isEqualTo("42");
            assertThat(call.body().getString("text")).contains("not a VIP subscriber");
        });
    }
}

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
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.i18n.Texts;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Start-up: getMe until Telegram answers (never giving up), then the command menus, then the transport. */
class TelegramLauncherTest {

    private static final String SECRET = "s3cret-for-the-webhook_0123";
    private final StubUseCases stubs = new StubUseCases();
    private final Backoff backoff = new Backoff(Duration.ofMillis(10), Duration.ofMillis(40));
    private Vertx vertx;
    private FakeBotApi api;
    private BotApiClient client;
    private TelegramStatus status;
    private TelegramLauncher launcher;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        api = FakeBotApi.start(vertx);
        client = new BotApiClient(vertx, TestClients.fast(api.baseUrl()).withRetries(1, Duration.ZERO, Duration.ZERO));
    }

    @AfterEach
    void stop() {
        launcher.stop().await().atMost(Duration.ofSeconds(5));
        client.close();
        api.close();
        vertx.closeAndAwait();
    }

    private void launch(TransportSettings.Mode mode) {
        TransportSettings settings = new TransportSettings(
                mode,
                mode == TransportSettings.Mode.WEBHOOK
                        ? Optional.of("https://bot.example.com/telegram/webhook")
                        : Optional.empty(),
                Optional.of(SECRET),
                Duration.ofSeconds(30),
                Duration.ofMillis(50),
                backoff,
                backoff);
        status = new TelegramStatus(mode);
        ReplySender replies = new ReplySender(client, new Deliveries(client, stubs.users));
        Transport transport = mode == TransportSettings.Mode.WEBHOOK
                ? new WebhookRegistration(client, settings, replies)
                : new LongPoller(client, Bots.intake(stubs, new MemoryUpdateClaims()), replies, settings, vertx);
        launcher = new TelegramLauncher(
                client, transport, new CommandMenu(client, new Texts("es"), stubs.admins), status, backoff, vertx);
        launcher.start();
    }

    @Test
    void anUnreachableTelegram_keepsReadinessDown_andIsRetriedUntilItAnswers() {
        api.failNext("getMe", 4, FakeFailure.serverError());

        launch(TransportSettings.Mode.POLLING);
        Eventually.until("three failed getMe", () -> api.calls("getMe").size() >= 3);
        assertThat(status.ready()).isFalse();
        assertThat(status.accepting()).isFalse();

        Eventually.until("ready", status::ready);
        assertThat(api.calls("getMe")).hasSize(5);
        assertThat(status.botUsername()).contains("vipgate_test_bot");
    }

    @Test
    void theCommandMenu_isSetPerLanguage_andAdminsGetTheirsInTheirChat() {
        launch(TransportSettings.Mode.POLLING);
        Eventually.until("six menus", () -> api.calls("setMyCommands").size() == 6);

        List<RecordedCall> menus = api.calls("setMyCommands");
        assertThat(menus)
                .extracting(call -> call.body().getString("language_code"))
                .containsExactly(null, "es", "en", null, "es", "en");
        assertThat(menus.subList(0, 3)).allSatisfy(call -> {
            assertThat(call.body().getJsonObject("scope").getString("type")).isEqualTo("default");
            assertThat(call.body().getJsonArray("commands")).hasSize(10);
        });
        assertThat(menus.subList(3, 6)).allSatisfy(call -> {
            assertThat(call.body().getJsonObject("scope").getValue("chat_id"))
                    .hasToString(String.valueOf(StubUseCases.ADMIN));
            assertThat(call.body().getJsonArray("commands")).hasSize(23);
            assertThat(call.body().getJsonArray("commands").getJsonObject(22).getString("command"))
                    .isEqualTo("admin");
        });
        JsonObject english = menus.get(2).body().getJsonArray("commands").getJsonObject(1);
        assertThat(english.getString("command")).isEqualTo("status");
        assertThat(english.getString("description")).isEqualTo("Your VIP status");
    }

    @Test
    void webhookMode_registersTheWebhook_withSecretAndUpdateKinds_andNeverPolls() {
        api.failNext("setWebhook", 2, FakeFailure.serverError());

        launch(TransportSettings.Mode.WEBHOOK);
        Eventually.until("ready", status::ready);

        JsonObject webhook = api.calls("setWebhook").getLast().body();
        assertThat(webhook.getString("url")).isEqualTo("https://bot.example.com/telegram/webhook");
        assertThat(webhook.getString("secret_token")).isEqualTo(SECRET);
        assertThat(webhook.getJsonArray("allowed_updates").getList()).contains("chat_join_request", "chat_member");
        assertThat(api.calls("getUpdates")).isEmpty();
        assertThat(api.calls("deleteWebhook")).isEmpty();
    }

    @Test
    void stopping_takesTheBotOutOfReadiness() {
        launch(TransportSettings.Mode.POLLING);
        Eventually.until("ready", status::ready);

        launcher.stop().await().atMost(Duration.ofSeconds(5));

        assertThat(status.ready()).isFalse();
        assertThat(status.accepting()).isFalse();
    }
}

package io.vipgate.telegram.client;

import io.vipgate.telegram.fake.FakeBotApi;
import java.time.Duration;

/** Client settings that keep tests fast: short backoffs and timeouts, the fake server's token. */
public final class TestClients {

    private TestClients() {}

    /**
     * 3 attempts from 20 ms backoff, 2 s request timeout, a 429 waited for up to 60 s, sends effectively unpaced.
     * The production values are TelegramConfig's defaults.
     */
    public static BotApiSettings fast(String apiUrl) {
        return new BotApiSettings(
                apiUrl,
                BotToken.of(FakeBotApi.TOKEN),
                Duration.ofSeconds(2),
                3,
                Duration.ofMillis(20),
                Duration.ofMillis(200),
                Duration.ofSeconds(60),
                1000,
                Duration.ZERO);
    }
}

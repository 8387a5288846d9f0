package io.vipgate.telegram.client;

import io.vipgate.telegram.fake.FakeBotApi;
import java.time.Duration;

/** Client settings that keep tests fast: short backoffs and timeouts, the fake server's token. */
public final class TestClients {

    private TestClients() {}

    /** 3 attempts from 20 ms backoff, 2 s request timeout, sends effectively unpaced. */
    public static BotApiSettings fast(String apiUrl) {
        return BotApiSettings.defaults(apiUrl, FakeBotApi.TOKEN)
                .withRetries(3, Duration.ofMillis(20), Duration.ofMillis(200))
                .withRequestTimeout(Duration.ofSeconds(2))
                .withRates(1000, Duration.ZERO);
    }
}

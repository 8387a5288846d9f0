package io.vipgate.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Eventually;
import io.vipgate.telegram.fake.FakeBotApi;
import io.vipgate.telegram.fake.FakeUpdates;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged application without a public URL: it long-polls the fake Bot API, with Redis as the cache, and a
 * token minted by an admin is redeemed by a subscriber, every reply sent through the Bot API.
 */
class PollingIT {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    /** Generous: a JVM start on a 2-core machine shared with other builds has taken over a minute. */
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    private static final long ADMIN = 1001L;
    private final int port = ItSettings.freePort();
    private FakeBotApi telegram;
    private PackagedProcess app;

    @BeforeEach
    void startApplication() throws InterruptedException {
        telegram = FakeBotApi.start();
        Map<String, String> environment =
                ItSettings.environment(telegram.baseUrl(), ItSettings.database(), port, ItSettings.freePort());
        environment.remove("PUBLIC_URL");
        environment.remove("WEBHOOK_SECRET");
        environment.put("REDIS_URL", ItSettings.redisUrl());
        app = PackagedProcess.start("it-polling", environment);
        Http.awaitStatus(port, "/q/health/ready", 200, START_LIMIT, app);
    }

    @AfterEach
    void stopEverything() {
        app.close();
        telegram.close();
    }

    @Test
    void aTokenMintedOverPolling_isRedeemed_andEveryReplyGoesThroughTheBotApi() {
        assertThat(telegram.calls("deleteWebhook")).isNotEmpty();
        assertThat(telegram.calls("setWebhook")).isEmpty();

        telegram.enqueueUpdate(FakeUpdates.message(ADMIN, "en", "/token 7d"));
        String minted = await("the token reply to the admin", () -> sentTo(ADMIN));
        Matcher link = Pattern.compile("\\?start=([A-Za-z0-9_-]{22})").matcher(minted);
        assertThat(link.find()).as(minted).isTrue();

        long subscriber = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        telegram.enqueueUpdate(FakeUpdates.message(subscriber, "en", "/start " + link.group(1)));
        assertThat(await("the welcome to the subscriber", () -> sentTo(subscriber)))
                .contains("Welcome to VIP", "https://t.me/+fake");
        // Quarkus builds the Redis client twice (RedisPoolMetrics); its meters must be registered once, without a
        // warning.
        assertThat(app.output())
                .as("the process's log")
                .doesNotContain("MeterId{name='redis.pool.queue.size'", "MeterId{name='redis.active.connections'");
    }

    /** The first message the bot sent to {@code chat}, waited for. */
    private String await(String what, Supplier<List<String>> messages) {
        Supplier<String> failure = () -> "no " + what + " within " + LIMIT + "; output:\n" + app.output();
        Eventually.until(LIMIT, () -> !messages.get().isEmpty() || !app.isAlive(), failure);
        List<String> sent = messages.get();
        if (sent.isEmpty()) {
            throw new AssertionError(failure.get());
        }
        return sent.getFirst();
    }

    private List<String> sentTo(long chat) {
        return telegram.calls("sendMessage").stream()
                .filter(call -> Long.toString(chat).equals(call.text("chat_id")))
                .map(call -> call.body().getString("text"))
                .toList();
    }
}

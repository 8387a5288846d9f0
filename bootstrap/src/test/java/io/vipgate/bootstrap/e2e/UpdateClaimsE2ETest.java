package io.vipgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import io.vipgate.cache.CacheConfig;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Claims that finish, through the webhook and the real Redis: a claim another process holds and has not finished
 * is 503 until it goes stale, then taken over; a redemption whose process died after its commit, before its reply,
 * is answered on redelivery with the user's link.
 */
@QuarkusTest
@TestProfile(WebhookMode.class)
class UpdateClaimsE2ETest {

    @Inject
    TelegramStatus status;

    @Inject
    RedisDataSource redis;

    @Inject
    CacheConfig cache;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    /** What the claim of a process that is gone looks like in Redis, made {@code ago}. */
    private void claimedElsewhere(long updateId, Duration ago) {
        redis.value(String.class)
                .set(
                        "vipgate:" + cache.version() + ":upd:" + updateId,
                        "c:deadprocess:" + Instant.now().minus(ago).toEpochMilli());
    }

    @Test
    void anUpdateAnotherProcessIsHandling_is503_andTakenOverOnceItsClaimIsOlderThanTheTimeout() {
        long user = Bot.newUser();
        JsonObject update = FakeUpdates.message(user, "en", "/status");
        long id = update.getLong("update_id");

        claimedElsewhere(id, Duration.ofSeconds(5));
        assertThat(Bot.post(WebhookMode.SECRET, update.encode()).statusCode()).isEqualTo(503);

        claimedElsewhere(id, Duration.ofSeconds(61));
        assertThat(Bot.reply(update)).contains("not a VIP subscriber");
        Response again = Bot.redeliver(update);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body().asString()).as("done now: a duplicate").isBlank();
    }

    @Test
    void aRedemptionWhoseProcessDiedBeforeItsReply_givesTheRedeemerTheirLink_onRedelivery() {
        long user = Bot.newUser();
        String token = SubscriberFlowE2ETest.mint("30d", 1);
        JsonObject redeem = FakeUpdates.message(user, "en", "/start " + token);
        assertThat(Bot.reply(redeem)).contains("Welcome to VIP");
        // The process that committed the redemption died before its answer went out: its claim was never done.
        claimedElsewhere(redeem.getLong("update_id"), Duration.ofMinutes(2));

        String again = Bot.reply(redeem);

        assertThat(again).contains("already yours", "https://t.me/+fake");
        assertThat(SubscriberFlowE2ETest.inviteLinksFor(user)).hasSize(2);
        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/status"))).contains("You are VIP until");
    }
}

package io.vipgate.bootstrap.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import io.vipgate.telegram.fake.FakeFailure;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same bot over long polling: replies go out through the Bot API, paced and retried. */
@QuarkusTest
@TestProfile(PollingMode.class)
class PollingE2ETest {

    @Inject
    TelegramStatus status;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    /** Queues {@code update} for getUpdates and waits for the bot's {@code count}-th message to {@code chat}. */
    private static String answer(JsonObject update, long chat, int count) {
        FakeTelegram.api().enqueueUpdate(update);
        Bot.until("message " + count + " to " + chat, () -> Bot.sentTo(chat).size() >= count);
        return Bot.sentTo(chat).get(count - 1);
    }

    @Test
    void startUp_deletedTheWebhook_andPollsForEveryUpdateKind() {
        List<RecordedCall> calls = FakeTelegram.api().calls();
        int deleted = calls.indexOf(Bot.calls("deleteWebhook").getFirst());
        int polled = calls.indexOf(Bot.calls("getUpdates").getFirst());

        assertThat(deleted).isLessThan(polled);
        JsonObject poll = Bot.calls("getUpdates").getLast().body();
        assertThat(poll.getInteger("timeout")).isEqualTo(30);
        assertThat(poll.getInteger("limit")).isEqualTo(100);
        assertThat(poll.getJsonArray("allowed_updates").getList()).contains("chat_join_request", "chat_member");
        assertThat(Bot.calls("setMyCommands"))
                .extracting(call -> call.body().getString("language_code"))
                .contains("es", "en");
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aRedeemedToken_getsItsInviteLink_overPolling_inBothLanguages() {
        long ana = Bot.newUser();
        long bob = Bot.newUser();
        String reply = answer(
                FakeUpdates.message(Bot.ADMIN, "es", "/token 7d 2"),
                Bot.ADMIN,
                Bot.sentTo(Bot.ADMIN).size() + 1);
        Matcher link = Pattern.compile("\\?start=([A-Za-z0-9_-]{22})").matcher(reply);
        assertThat(link.find()).isTrue();

        assertThat(answer(FakeUpdates.message(ana, "es", "/start " + link.group(1)), ana, 1))
                .contains("Ya eres VIP", "https://t.me/+fake");
        assertThat(answer(FakeUpdates.message(bob, "en", "/start " + link.group(1)), bob, 1))
                .contains("Welcome to VIP", "https://t.me/+fake");
    }

    @Test
    void aReplyHitBy429_isSentAgainOnceTelegramAllows() {
        long user = Bot.newUser();
        FakeTelegram.api().failNext("sendMessage", 1, FakeFailure.tooManyRequests(1));

        // The fake records the refused call too: the answer is the second call to this chat.
        assertThat(answer(FakeUpdates.message(user, "en", "/status"), user, 2)).contains("not a VIP subscriber");
        List<RecordedCall> tries = Bot.calls("sendMessage").stream()
                .filter(call -> call.text("chat_id").equals(String.valueOf(user)))
                .toList();
        assertThat(tries).as("refused once, then sent").hasSize(2);
        assertThat(tries.get(1).millisAfter(tries.get(0)))
                .as("after retry_after")
                .isGreaterThan(900);
    }

    @Test
    void aRedeliveredUpdate_isAnsweredOnce() throws InterruptedException {
        long user = Bot.newUser();
        JsonObject update = FakeUpdates.message(user, "en", "/help");
        FakeTelegram.api().enqueueUpdate(update);
        FakeTelegram.api().enqueueUpdate(update.copy().put("update_id", update.getInteger("update_id")));

        Bot.until("an answer", () -> !Bot.sentTo(user).isEmpty());
        long polls = Bot.calls("getUpdates").size();
        Bot.until("two more polls", () -> Bot.calls("getUpdates").size() >= polls + 2);

        assertThat(Bot.sentTo(user)).hasSize(1);
    }

    @Test
    void theWebhookIsClosed_inPollingMode() {
        assertThat(Bot.post(
                                "anything",
                                FakeUpdates.message(Bot.newUser(), "en", "/help")
                                        .encode())
                        .statusCode())
                .isEqualTo(404);
    }
}

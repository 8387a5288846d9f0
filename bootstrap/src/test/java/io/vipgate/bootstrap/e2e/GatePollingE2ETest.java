package io.vipgate.bootstrap.e2e;

import static io.vipgate.bootstrap.e2e.GateWebhookE2ETest.VIP;
import static io.vipgate.bootstrap.e2e.GateWebhookE2ETest.about;
import static io.vipgate.bootstrap.e2e.GateWebhookE2ETest.joinRequestThrough;
import static io.vipgate.bootstrap.e2e.GateWebhookE2ETest.linkIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The VIP gate over long polling: the same promises as through the webhook. */
@QuarkusTest
@TestProfile(PollingMode.class)
class GatePollingE2ETest {

    @Inject
    TelegramStatus status;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    /** Queues {@code update} and waits for the bot's {@code count}-th message to {@code chat}. */
    private static String answer(JsonObject update, long chat, int count) {
        FakeTelegram.api().enqueueUpdate(update);
        Bot.until("message " + count + " to " + chat, () -> Bot.sentTo(chat).size() >= count);
        return Bot.sentTo(chat).get(count - 1);
    }

    /** A subscriber for 30 days, who has had their first message (the grant, with a link). */
    private static long subscriber() {
        long user = Bot.newUser();
        answer(FakeUpdates.message(user, "en", "/status"), user, 1);
        answer(
                FakeUpdates.message(Bot.ADMIN, "en", "/extend " + user + " 30d"),
                Bot.ADMIN,
                Bot.sentTo(Bot.ADMIN).size() + 1);
        Bot.until("the grant reached the user", () -> Bot.sentTo(user).size() >= 2);
        return user;
    }

    @Test
    void linkTwice_revokesTheFirstLink() {
        long user = subscriber();

        String first = linkIn(answer(FakeUpdates.message(user, "en", "/link"), user, 3));
        answer(FakeUpdates.message(user, "en", "/link"), user, 4);

        assertThat(Bot.calls("revokeChatInviteLink"))
                .extracting(call -> call.body().getString("invite_link"))
                .contains(first);
    }

    @Test
    void aForwardedLinksJoinRequest_fromANonSubscriber_isDeclined() {
        long owner = subscriber();
        String link = linkIn(answer(FakeUpdates.message(owner, "en", "/link"), owner, 3));
        long stranger = Bot.newUser();

        assertThat(answer(joinRequestThrough(stranger, link), stranger, 1)).contains("for active subscribers");
        assertThat(about("declineChatJoinRequest", stranger)).hasSize(1);
        assertThat(about("approveChatJoinRequest", stranger)).isEmpty();
    }

    @Test
    void aNonSubscribersJoin_isRemoved_andASubscribersIsNot() {
        long member = subscriber();
        long stranger = Bot.newUser();

        FakeTelegram.api().enqueueUpdate(FakeUpdates.chatMember(VIP, member, member, "left", "member"));
        answer(FakeUpdates.chatMember(VIP, stranger, stranger, "left", "member"), stranger, 1);

        assertThat(Bot.sentTo(stranger).getFirst()).contains("took you out");
        assertThat(about("banChatMember", stranger)).hasSize(1);
        assertThat(about("unbanChatMember", stranger))
                .singleElement()
                .satisfies(call ->
                        assertThat(call.body().getBoolean("only_if_banned")).isTrue());
        assertThat(about("banChatMember", member)).isEmpty();
    }
}

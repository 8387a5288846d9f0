package io.vipgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import io.vipgate.bootstrap.wiring.OutPorts;
import io.vipgate.domain.subscription.ChangeKind;
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

/** The VIP gate through the webhook: one live personal link, forwarded links useless, joins checked, refusals. */
@QuarkusTest
@TestProfile(WebhookMode.class)
class GateWebhookE2ETest {

    static final long VIP = -1001000000001L;
    private static final Pattern LINK = Pattern.compile("https://t\\.me/\\+fake\\d+");

    @Inject
    TelegramStatus status;

    @Inject
    OutPorts ports;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    /** A user who wrote to the bot and got {@code duration} of VIP from an admin. */
    static long subscriber(String duration) {
        long user = Bot.newUser();
        Bot.reply(FakeUpdates.message(user, "en", "/status"));
        Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", "/extend " + user + " " + duration));
        return user;
    }

    static String linkIn(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a personal link in: " + text).isTrue();
        return link.group();
    }

    static List<RecordedCall> about(String method, long user) {
        return Bot.calls(method).stream()
                .filter(call -> call.body().getLong("user_id", 0L) == user)
                .toList();
    }

    static JsonObject joinRequestThrough(long user, String link) {
        JsonObject update = FakeUpdates.joinRequest(user, "en", VIP);
        update.getJsonObject("chat_join_request")
                .put(
                        "invite_link",
                        new JsonObject()
                                .put("invite_link", link)
                                .put(
                                        "creator",
                                        new JsonObject()
                                                .put("id", 777000111L)
                                                .put("is_bot", true)
                                                .put("first_name", "vipgate"))
                                .put("creates_join_request", true)
                                .put("is_primary", false)
                                .put("is_revoked", false));
        return update;
    }

    @Test
    void linkTwice_revokesTheFirstLink() {
        long user = subscriber("30d");

        String first = linkIn(Bot.reply(FakeUpdates.message(user, "en", "/link")));
        String second = linkIn(Bot.reply(FakeUpdates.message(user, "en", "/link")));

        assertThat(Bot.calls("revokeChatInviteLink"))
                .extracting(call -> call.body().getString("invite_link"))
                .contains(first)
                .doesNotContain(second);
        assertThat(Bot.calls("revokeChatInviteLink"))
                .filteredOn(call -> first.equals(call.body().getString("invite_link")))
                .singleElement()
                .satisfies(call -> assertThat(call.text("chat_id")).isEqualTo(String.valueOf(VIP)));
    }

    @Test
    void aForwardedLink_letsNobodyElseIn() {
        long owner = subscriber("30d");
        String link = linkIn(Bot.reply(FakeUpdates.message(owner, "en", "/link")));
        long stranger = Bot.newUser();

        JsonObject told = Bot.push(joinRequestThrough(stranger, link));
        Bot.push(joinRequestThrough(owner, link));

        assertThat(about("declineChatJoinRequest", stranger)).hasSize(1);
        assertThat(about("approveChatJoinRequest", stranger)).isEmpty();
        assertThat(told.getString("text")).contains("for active subscribers");
        assertThat(about("approveChatJoinRequest", owner)).hasSize(1);
    }

    @Test
    void aNonSubscriberJoining_isRemovedAtOnce_toldHowToSubscribe_recordedAndCounted() {
        long stranger = Bot.newUser();
        double before = turnedAway();

        Bot.push(FakeUpdates.chatMember(VIP, stranger, stranger, "left", "member"));

        assertThat(about("banChatMember", stranger)).hasSize(1);
        assertThat(about("unbanChatMember", stranger))
                .singleElement()
                .satisfies(call ->
                        assertThat(call.body().getBoolean("only_if_banned")).isTrue());
        assertThat(Bot.sentTo(stranger)).singleElement().asString().contains("took you out");
        assertThat(ports.uncachedSubscriptions()
                        .history(stranger)
                        .toCompletableFuture()
                        .join())
                .extracting(change -> change.kind())
                .containsExactly(ChangeKind.TURNED_AWAY);
        assertThat(turnedAway()).isEqualTo(before + 1);
        assertThat(Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", "/stats"))).contains("turned away");
    }

    @Test
    void anAdmin_aSubscriber_andAChannelAdministrator_areNeverRemoved() {
        long subscriber = subscriber("30d");
        long channelAdmin = Bot.newUser();

        Bot.push(FakeUpdates.chatMember(VIP, Bot.ADMIN, Bot.ADMIN, "left", "member"));
        Bot.push(FakeUpdates.chatMember(VIP, subscriber, subscriber, "left", "member"));
        Bot.push(FakeUpdates.chatMember(VIP, Bot.ADMIN, channelAdmin, "left", "administrator"));
        Bot.push(FakeUpdates.chatMember(VIP, Bot.ADMIN, channelAdmin, "administrator", "member"));

        assertThat(about("banChatMember", Bot.ADMIN)).isEmpty();
        assertThat(about("banChatMember", subscriber)).isEmpty();
        assertThat(about("banChatMember", channelAdmin)).isEmpty();
    }

    @Test
    void updatesFromOtherChats_andDepartures_removeNobody() {
        long stranger = Bot.newUser();

        Bot.push(FakeUpdates.chatMember(-1001000000002L, stranger, stranger, "left", "member"));
        Bot.push(FakeUpdates.chatMember(VIP, stranger, stranger, "member", "left"));

        assertThat(about("banChatMember", stranger)).isEmpty();
    }

    @Test
    void aKickTelegramRefusesForGood_endsVip_andTheAnswerSaysWhy() {
        long user = subscriber("30d");
        FakeTelegram.api()
                .failNext(
                        "banChatMember",
                        1,
                        FakeFailure.badRequest("Bad Request: user is an administrator of the chat"));

        String answer = Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", "/kick " + user));

        assertThat(answer).contains("Telegram refuses", "administrator of the channel");
        assertThat(ports.uncachedSubscriptions()
                        .history(user)
                        .toCompletableFuture()
                        .join())
                .extracting(change -> change.kind())
                .containsExactly(ChangeKind.EXTENDED, ChangeKind.REMOVAL_REFUSED);
        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/status"))).contains("ended by an admin");
        assertThat(about("unbanChatMember", user)).isEmpty();
    }

    private double turnedAway() {
        return registry.find("vipgate.gate.turned.away").counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }
}

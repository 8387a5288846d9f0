package io.vipgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every admin command through the webhook, and the same commands refused (as help) to everyone else. */
@QuarkusTest
@TestProfile(WebhookMode.class)
class AdminFlowE2ETest {

    @Inject
    TelegramStatus status;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    private static String admin(String command) {
        return Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", command));
    }

    private static List<RecordedCall> channelCalls(String method, long user) {
        return Bot.calls(method).stream()
                .filter(call -> call.body().getLong("user_id", 0L) == user)
                .toList();
    }

    @Test
    void tokens_listsAFreshToken_andRevoke_endsIt() {
        String token = SubscriberFlowE2ETest.mint("2w", 3);
        String prefix = token.substring(0, 6);

        assertThat(admin("/tokens")).contains("Live invitations", "<code>" + prefix + "</code> · 14 days · 3 left");
        assertThat(admin("/revoke " + prefix)).contains("Invitation <code>" + prefix + "</code> revoked");
        assertThat(admin("/revoke " + prefix)).contains("already revoked");
        assertThat(admin("/tokens")).doesNotContain(prefix);
        assertThat(Bot.reply(FakeUpdates.message(Bot.newUser(), "en", "/start " + token)))
                .contains("cancelled");
    }

    @Test
    void extend_grantsTime_andTellsTheUser_inTheirLanguage_withAnInviteLink() {
        long user = Bot.newUser();
        Bot.reply(FakeUpdates.message(user, "en", "/status"));

        assertThat(admin("/extend " + user + " 1m"))
                .contains("User <code>" + user + "</code> is VIP until", "They have been told");

        assertThat(Bot.sentTo(user))
                .singleElement()
                .asString()
                .contains("An admin gave you VIP time", "<b>", "https://t.me/+fake");
        assertThat(admin("/subs")).contains("Active VIPs:", "(page 1 of", "id <code>" + user + "</code>");
    }

    @Test
    void extend_toSomeoneTheBotNeverSaw_speaksTheDefaultLanguage() {
        long user = Bot.newUser();

        admin("/extend " + user + " 1d");

        assertThat(Bot.sentTo(user)).singleElement().asString().contains("Un administrador te dio tiempo VIP");
    }

    @Test
    void kick_removesFromTheChannel_andTellsTheUser() {
        long user = Bot.newUser();
        admin("/extend " + user + " 1d");
        Bot.reply(FakeUpdates.message(user, "en", "/status"));

        assertThat(admin("/kick " + user)).contains("User <code>" + user + "</code> is out");

        assertThat(channelCalls("banChatMember", user)).hasSize(1);
        assertThat(channelCalls("unbanChatMember", user))
                .singleElement()
                .satisfies(call ->
                        assertThat(call.body().getBoolean("only_if_banned")).isTrue());
        assertThat(Bot.sentTo(user)).last().asString().contains("An admin has ended your VIP access");
        assertThat(admin("/kick " + user)).contains("has no active VIP");
        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/status"))).contains("ended by an admin");
    }

    @Test
    void setwait_andStats_answer() {
        assertThat(admin("/setwait 0")).contains("approved at once");
        assertThat(admin("/setwait 5")).contains("approved after 5 minutes");
        assertThat(admin("/stats"))
                .contains(
                        "Active VIPs:",
                        "Expiring within 7 days:",
                        "Invitations minted:",
                        "Free-channel requests pending:");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/token 30d",
                "/tokens",
                "/revoke abcdef",
                "/subs",
                "/extend 42 30d",
                "/kick 42",
                "/setwait 0",
                "/stats",
                "/broadcast hello",
                "/whatever"
            })
    void nonAdmins_getTheSameHelpAsForUnknownCommands(String command) {
        long user = Bot.newUser();
        String help = Bot.reply(FakeUpdates.message(user, "en", "/help"));

        assertThat(Bot.reply(FakeUpdates.message(user, "en", command)))
                .isEqualTo(help)
                .doesNotContain("/kick");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/token 30x",
                "/token",
                "/extend abc 1d",
                "/extend 42",
                "/kick me",
                "/setwait -1",
                "/subs two",
                "/revoke"
            })
    void badArguments_getTheSyntax(String command) {
        assertThat(admin(command)).startsWith("Usage: /" + command.substring(1).split(" ")[0]);
    }
}

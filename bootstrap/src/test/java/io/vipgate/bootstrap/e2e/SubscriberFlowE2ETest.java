package io.vipgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A subscriber's whole journey through the webhook: deep link, invite link, status, a fresh link, help. */
@QuarkusTest
@TestProfile(WebhookMode.class)
class SubscriberFlowE2ETest {

    private static final Pattern DEEP_LINK =
            Pattern.compile("https://t\\.me/vipgate_test_bot\\?start=([A-Za-z0-9_-]{22})");

    @Inject
    TelegramStatus status;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    /** Mints a token as the admin would, and returns the token text from the deep link in the reply. */
    static String mint(String duration, int uses) {
        String reply = Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", "/token " + duration + " " + uses));
        Matcher link = DEEP_LINK.matcher(reply);
        assertThat(link.find()).as("deep link in: " + reply).isTrue();
        return link.group(1);
    }

    static List<RecordedCall> inviteLinksFor(long user) {
        return Bot.calls("createChatInviteLink").stream()
                .filter(call -> call.body().getString("name", "").contains(String.valueOf(user)))
                .toList();
    }

    @Test
    void redeemingADeepLink_givesAPersonalLinkThatNeedsApproval_andTheNewExpiry() {
        long user = Bot.newUser();
        String token = mint("30d", 1);

        String reply = Bot.reply(FakeUpdates.message(user, "en", "/start " + token));

        assertThat(reply).contains("Welcome to VIP", "UTC", "https://t.me/+fake", "works for you only");
        RecordedCall link = inviteLinksFor(user).getFirst();
        assertThat(link.body().getBoolean("creates_join_request")).isTrue();
        assertThat(link.body().containsKey("member_limit")).isFalse();
        assertThat(link.text("chat_id")).isEqualTo("-1001000000001");
        assertThat(link.body().getLong("expire_date")).isGreaterThan(System.currentTimeMillis() / 1000);

        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/status"))).contains("You are VIP until");
        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/link"))).contains("personal invite link");
        assertThat(inviteLinksFor(user)).hasSize(2);
    }

    @Test
    void spanishSpeakers_getSpanish_andEnglishSpeakers_English() {
        long ana = Bot.newUser();
        long bob = Bot.newUser();

        assertThat(Bot.reply(FakeUpdates.message(ana, "es-ES", "/status"))).contains("Aún no eres VIP");
        assertThat(Bot.reply(FakeUpdates.message(bob, "en-US", "/status"))).contains("You are not a VIP subscriber");
        assertThat(Bot.reply(FakeUpdates.message(ana, "es", "/help"))).contains("Esto es lo que puedo hacer");
    }

    @Test
    void redeemingAgainWhileActive_stacksTheTime() {
        long user = Bot.newUser();
        Bot.reply(FakeUpdates.message(user, "en", "/start " + mint("30d", 1)));

        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/start " + mint("1d", 1))))
                .contains("Time added");
    }

    @Test
    void aUsedOrUnknownToken_getsItsOwnAnswer() {
        long first = Bot.newUser();
        long second = Bot.newUser();
        String token = mint("1d", 1);
        Bot.reply(FakeUpdates.message(first, "en", "/start " + token));

        assertThat(Bot.reply(FakeUpdates.message(second, "en", "/start " + token)))
                .contains("already been used");
        assertThat(Bot.reply(FakeUpdates.message(second, "en", "/start NoSuchTokenAtAll_123456")))
                .contains("isn't valid");
        assertThat(inviteLinksFor(second)).isEmpty();
    }

    @Test
    void withoutVip_thereIsNoLink_andStartJustWelcomes() {
        long user = Bot.newUser();

        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/link"))).contains("for active VIP subscribers");
        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/start"))).contains("Hi, User" + user, "/help");
        assertThat(inviteLinksFor(user)).isEmpty();
    }
}

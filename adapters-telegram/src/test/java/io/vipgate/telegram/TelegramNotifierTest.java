package io.vipgate.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.domain.subscription.InviteLink;
import io.vipgate.domain.user.BotUser;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.command.StubUseCases;
import io.vipgate.telegram.fake.FakeBotApi;
import io.vipgate.telegram.fake.FakeBotApiExtension;
import io.vipgate.telegram.fake.FakeFailure;
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.i18n.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Notices go out in the recipient's language; a user who blocked the bot is marked, and nothing ever throws. */
class TelegramNotifierTest {

    @RegisterExtension
    static final FakeBotApiExtension TELEGRAM = new FakeBotApiExtension();

    private static final Instant NOW = Instant.parse("2026-11-21T14:30:00Z");
    private static final BotUser ANA = BotUser.seen(42, "Ana", null, null, "es-AR");
    private static final BotUser BOB = BotUser.seen(43, "Bob", null, null, "en");
    private FakeBotApi api;
    private BotApiClient client;
    private StubUseCases stubs;
    private Notifier notifier;

    @BeforeEach
    void start() {
        api = TELEGRAM.api();
        client = TELEGRAM.client();
        stubs = new StubUseCases();
        notifier = TelegramAdapters.notifier(client, stubs.users, new Texts("es"), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Delivery send(BotUser user, Notice notice) throws Exception {
        return notifier.send(user, notice).toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void aNotice_isSentAsHtml_inTheRecipientsLanguage() throws Exception {
        InviteLink link = new InviteLink("https://t.me/+x&y", NOW.plus(Duration.ofHours(1)));

        assertThat(send(ANA, new Notice.AccessGranted(NOW.plus(Duration.ofDays(30)), link)))
                .isEqualTo(Delivery.SENT);
        assertThat(send(BOB, new Notice.ExpiryReminder(NOW.plus(Duration.ofDays(3)), Duration.ofDays(3))))
                .isEqualTo(Delivery.SENT);

        RecordedCall toAna = api.calls("sendMessage").get(0);
        assertThat(toAna.text("chat_id")).isEqualTo("42");
        assertThat(toAna.body().getString("parse_mode")).isEqualTo("HTML");
        assertThat(toAna.body().getString("text"))
                .contains("eres VIP hasta el <b>21 dic 2026, 14:30 UTC</b>", "https://t.me/+x&amp;y");
        assertThat(api.calls("sendMessage").get(1).body().getString("text")).contains("ends in 3 days");
    }

    @Test
    void aBroadcast_showsExactlyWhatTheAdminTyped() throws Exception {
        send(BOB, new Notice.Broadcast("Sale <today> & tomorrow"));

        assertThat(api.calls("sendMessage").getFirst().body().getString("text"))
                .isEqualTo("Sale &lt;today&gt; &amp; tomorrow");
    }

    @Test
    void blockedByTheUser_isReported_andMarksThemUnreachable() throws Exception {
        api.failNext("sendMessage", 1, FakeFailure.blockedByUser());

        assertThat(send(ANA, new Notice.AccessRevoked())).isEqualTo(Delivery.BLOCKED);
        assertThat(stubs.blocked).containsExactly(42L);
    }

    @Test
    void aDeletedAccount_countsAsUnreachableToo() throws Exception {
        api.failNext("sendMessage", 1, FakeFailure.forbidden("Forbidden: user is deactivated"));

        assertThat(send(ANA, new Notice.AccessExpired())).isEqualTo(Delivery.BLOCKED);
        assertThat(stubs.blocked).containsExactly(42L);
    }

    @Test
    void otherFailures_areReportedAsFailed_withoutMarkingTheUser() throws Exception {
        api.failNext("sendMessage", 1, FakeFailure.badRequest("Bad Request: chat not found"));

        assertThat(send(ANA, new Notice.AccessExpired())).isEqualTo(Delivery.FAILED);
        assertThat(stubs.blocked).isEmpty();
    }

    @Test
    void tooManyRequests_isWaitedOut_andThenSent() throws Exception {
        api.failNext("sendMessage", 1, FakeFailure.tooManyRequests(1));

        assertThat(send(ANA, new Notice.FreeRequestApproved())).isEqualTo(Delivery.SENT);
        assertThat(api.calls("sendMessage")).hasSize(2);
        assertThat(api.calls("sendMessage")
                        .get(1)
                        .millisAfter(api.calls("sendMessage").get(0)))
                .isGreaterThan(900);
    }
}

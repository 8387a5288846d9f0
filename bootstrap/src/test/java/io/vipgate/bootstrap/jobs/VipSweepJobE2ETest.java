package io.vipgate.bootstrap.jobs;

import static io.vipgate.bootstrap.jobs.Telegram.VIP;
import static io.vipgate.bootstrap.jobs.Telegram.about;
import static io.vipgate.bootstrap.jobs.Telegram.push;
import static io.vipgate.bootstrap.jobs.Telegram.sentTo;
import static io.vipgate.bootstrap.jobs.Telegram.until;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.bootstrap.e2e.FakeTelegram;
import io.vipgate.bootstrap.wiring.OutPorts;
import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sweep finds who is inside the VIP channel without VIP when no update removed them, and removes them. */
@QuarkusTest
@TestProfile(JobsMode.class)
class VipSweepJobE2ETest {

    @Inject
    TelegramStatus status;

    @Inject
    OutPorts ports;

    @BeforeEach
    void ready() {
        until("the bot is ready", status::ready);
    }

    @Test
    void someoneInsideWithoutVip_thatNoUpdateRemoved_isAskedAbout_andRemoved() {
        long user = Telegram.newUser();
        push(FakeUpdates.message(user, "en", "/status"));
        FakeTelegram.api()
                .reply(
                        "getChatMember",
                        body -> FakeUpdates.member(
                                body.getLong("user_id", 0L) == user ? "member" : "left",
                                FakeUpdates.user(body.getLong("user_id", 1L), null)));

        // Not someone coming in (already inside, now restricted): the update itself removes nobody.
        push(FakeUpdates.chatMember(VIP, Telegram.ADMIN, user, "member", "restricted"));
        assertThat(about("banChatMember", user)).isEmpty();

        until("the sweep removed them", () -> !about("unbanChatMember", user).isEmpty());
        assertThat(about("getChatMember", user)).isNotEmpty();
        assertThat(about("banChatMember", user)).hasSize(1);
        assertThat(about("unbanChatMember", user).getFirst().body().getBoolean("only_if_banned"))
                .isTrue();
        until("they were told", () -> sentTo(user).stream().anyMatch(text -> text.contains("took you out")));
        assertThat(ports.uncachedSubscriptions()
                        .history(user)
                        .toCompletableFuture()
                        .join())
                .extracting(change -> change.kind())
                .containsExactly(ChangeKind.TURNED_AWAY);
    }
}

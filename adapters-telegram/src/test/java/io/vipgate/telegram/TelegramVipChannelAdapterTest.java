package io.vipgate.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.application.gate.port.out.Removal;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.domain.gate.MemberStatus;
import io.vipgate.domain.gate.RemovalRefusal;
import io.vipgate.domain.subscription.InviteLink;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.client.BotApiException;
import io.vipgate.telegram.fake.FakeBotApi;
import io.vipgate.telegram.fake.FakeBotApiExtension;
import io.vipgate.telegram.fake.FakeFailure;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.fake.RecordedCall;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TelegramVipChannelAdapterTest {

    @RegisterExtension
    static final FakeBotApiExtension TELEGRAM = new FakeBotApiExtension();

    private static final long CHANNEL = -1001234567890L;
    private static final Instant EXPIRES = Instant.parse("2030-01-01T10:00:00Z");
    private FakeBotApi api;
    private BotApiClient client;
    private VipChannel channel;

    @BeforeEach
    void start() {
        api = TELEGRAM.api();
        client = TELEGRAM.client();
        channel = TelegramAdapters.vipChannel(client, CHANNEL);
    }

    @Test
    void inviteLink_needsApproval_expires_andIsNamed_withoutAMemberLimit() throws Exception {
        InviteLink link = channel.createInviteLink(42, "Ana (42)", EXPIRES)
                .toCompletableFuture()
                .get(5, TimeUnit.SECONDS);

        RecordedCall call = api.calls().getFirst();
        assertThat(api.calls()).hasSize(1);
        assertThat(call.is("createChatInviteLink")).isTrue();
        assertThat(call.text("chat_id")).isEqualTo(String.valueOf(CHANNEL));
        assertThat(call.body().getBoolean("creates_join_request")).isTrue();
        assertThat(call.body().containsKey("member_limit"))
                .as("Telegram refuses it with approval")
                .isFalse();
        assertThat(call.body().getLong("expire_date")).isEqualTo(EXPIRES.getEpochSecond());
        assertThat(call.body().getString("name")).isEqualTo("Ana (42)");
        assertThat(link.url()).startsWith("https://t.me/+fake");
        assertThat(link.expiresAt()).isEqualTo(EXPIRES);
    }

    @Test
    void longName_isCutTo32Characters() throws Exception {
        channel.createInviteLink(42, "x".repeat(40), EXPIRES)
                .toCompletableFuture()
                .get(5, TimeUnit.SECONDS);

        assertThat(api.calls().getFirst().body().getString("name")).isEqualTo("x".repeat(32));
    }

    @Test
    void linkName_neverSplitsACharacter_andFallsBackToTheUserId() {
        String name = TelegramVipChannelAdapter.linkName(42, "y".repeat(31) + "😀tail");

        assertThat(name).isEqualTo("y".repeat(31));
        assertThat(TelegramVipChannelAdapter.linkName(42, "  ")).isEqualTo("42");
    }

    @Test
    void remove_bansThenUnbansOnlyIfBanned() throws Exception {
        channel.remove(42).toCompletableFuture().get(5, TimeUnit.SECONDS);

        List<RecordedCall> calls = api.calls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).is("banChatMember")).isTrue();
        assertThat(calls.get(1).is("unbanChatMember")).isTrue();
        assertThat(calls).allSatisfy(call -> {
            assertThat(call.text("chat_id")).isEqualTo(String.valueOf(CHANNEL));
            assertThat(call.body().getLong("user_id")).isEqualTo(42L);
        });
        assertThat(calls.get(0).body().containsKey("only_if_banned")).isFalse();
        assertThat(calls.get(1).body().getBoolean("only_if_banned")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bad Request: user not found",
                "Bad Request: PARTICIPANT_ID_INVALID",
                "Bad Request: USER_NOT_PARTICIPANT"
            })
    void remove_ofSomeoneAlreadyGone_countsAsDone(String description) throws Exception {
        api.failNext("banChatMember", 1, FakeFailure.badRequest(description));
        api.failNext("unbanChatMember", 1, FakeFailure.badRequest(description));

        channel.remove(42).toCompletableFuture().get(5, TimeUnit.SECONDS);

        assertThat(api.calls()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Bad Request: can't remove chat owner | CHAT_OWNER",
                "Bad Request: user is an administrator of the chat | CHAT_ADMINISTRATOR",
                "Bad Request: not enough rights to restrict/unrestrict chat member | MISSING_RIGHTS",
                "Bad Request: CHAT_ADMIN_REQUIRED | MISSING_RIGHTS",
                "Bad Request: chat not found | BOT_NOT_IN_CHAT"
            })
    void remove_refusedForGood_isARefusal_withItsReason_andDoesNotUnban(String description, RemovalRefusal reason)
            throws Exception {
        api.failNext("banChatMember", 1, FakeFailure.badRequest(description));

        Removal removal = channel.remove(42, () -> CompletableFuture.completedFuture(true))
                .toCompletableFuture()
                .get(5, TimeUnit.SECONDS);

        assertThat(removal).isEqualTo(new Removal.Refused(reason));
        assertThat(api.calls()).hasSize(1);
    }

    @Test
    void remove_whenTheBotIsNoLongerInTheChannel_isARefusal() throws Exception {
        api.failNext("banChatMember", 1, FakeFailure.forbidden("Forbidden: bot was kicked from the channel chat"));

        assertThat(channel.remove(42, () -> CompletableFuture.completedFuture(true))
                        .toCompletableFuture()
                        .get(5, TimeUnit.SECONDS))
                .isEqualTo(new Removal.Refused(RemovalRefusal.BOT_NOT_IN_CHAT));
    }

    @Test
    void remove_withAnotherBadRequest_fails_forARetry() {
        api.failNext("banChatMember", 1, FakeFailure.badRequest("Bad Request: something new"));

        assertThatThrownBy(() -> channel.remove(42, () -> CompletableFuture.completedFuture(true))
                        .toCompletableFuture()
                        .join())
                .hasCauseInstanceOf(BotApiException.BadRequest.class);
    }

    @Test
    void remove_unconditionally_failsOnARefusal() {
        api.failNext("unbanChatMember", 1, FakeFailure.forbidden("Forbidden: bot is not a member of the channel chat"));

        assertThatThrownBy(() -> channel.remove(42).toCompletableFuture().join())
                .hasMessageContaining("BOT_NOT_IN_CHAT");
    }

    @Test
    void remove_thatIsNoLongerWanted_callsNothing() throws Exception {
        assertThat(channel.remove(42, () -> CompletableFuture.completedFuture(false))
                        .toCompletableFuture()
                        .get(5, TimeUnit.SECONDS))
                .isEqualTo(new Removal.NotWanted());
        assertThat(api.calls()).isEmpty();
    }

    @Test
    void remove_asksAgainAfterA429_andARenewalDuringTheWaitStopsTheBan() throws Exception {
        api.failNext("banChatMember", 1, FakeFailure.tooManyRequests(1));
        AtomicInteger asked = new AtomicInteger();

        // The first answer lets the ban go; then Telegram says wait, and by the retry the user has renewed.
        Removal removal = channel.remove(42, () -> CompletableFuture.completedFuture(asked.incrementAndGet() == 1))
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);

        assertThat(removal).isEqualTo(new Removal.NotWanted());
        assertThat(asked).hasValue(2);
        assertThat(api.calls("banChatMember")).as("only the refused attempt").hasSize(1);
        assertThat(api.calls("unbanChatMember")).isEmpty();
    }

    @Test
    void revokeInviteLink_namesTheChannelAndTheLink_andAnExpiredOneCountsAsDone() throws Exception {
        channel.revokeInviteLink("https://t.me/+abc").toCompletableFuture().get(5, TimeUnit.SECONDS);
        api.failNext("revokeChatInviteLink", 1, FakeFailure.badRequest("Bad Request: INVITE_HASH_EXPIRED"));
        channel.revokeInviteLink("https://t.me/+old").toCompletableFuture().get(5, TimeUnit.SECONDS);

        List<RecordedCall> calls = api.calls("revokeChatInviteLink");
        assertThat(calls).hasSize(2);
        assertThat(calls.getFirst().text("chat_id")).isEqualTo(String.valueOf(CHANNEL));
        assertThat(calls.getFirst().body().getString("invite_link")).isEqualTo("https://t.me/+abc");
    }

    @ParameterizedTest
    @CsvSource({
        "member, MEMBER",
        "administrator, ADMINISTRATOR",
        "creator, CREATOR",
        "left, LEFT",
        "kicked, KICKED",
        "restricted, RESTRICTED"
    })
    void memberStatus_readsTheStanding(String telegram, MemberStatus expected) throws Exception {
        api.reply("getChatMember", body -> FakeUpdates.member(telegram, FakeUpdates.user(42, "en")));

        assertThat(channel.memberStatus(42).toCompletableFuture().get(5, TimeUnit.SECONDS))
                .isEqualTo(expected);
        assertThat(api.calls("getChatMember").getFirst().body().getLong("user_id"))
                .isEqualTo(42L);
    }

    @Test
    void memberStatus_ofARestrictedUserOutsideTheChannel_isLeft() throws Exception {
        api.reply(
                "getChatMember",
                body -> FakeUpdates.member("restricted", FakeUpdates.user(42, "en"))
                        .put("is_member", false));

        assertThat(channel.memberStatus(42).toCompletableFuture().get(5, TimeUnit.SECONDS))
                .isEqualTo(MemberStatus.LEFT);
    }
}

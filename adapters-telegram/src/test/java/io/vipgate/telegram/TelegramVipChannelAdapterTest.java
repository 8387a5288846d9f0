package io.vipgate.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.domain.subscription.InviteLink;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.client.BotApiException;
import io.vipgate.telegram.fake.FakeBotApi;
import io.vipgate.telegram.fake.FakeBotApiExtension;
import io.vipgate.telegram.fake.FakeFailure;
import io.vipgate.telegram.fake.RecordedCall;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
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
    void inviteLink_isForOnePerson_expiring_andNamed() throws Exception {
        InviteLink link = channel.createInviteLink(42, "Ana (42)", EXPIRES).toCompletableFuture().get(5, TimeUnit.SECONDS);

        RecordedCall call = api.calls().getFirst();
        assertThat(api.calls()).hasSize(1);
        assertThat(call.is("createChatInviteLink")).isTrue();
        assertThat(call.text("chat_id")).isEqualTo(String.valueOf(CHANNEL));
        assertThat(call.body().getInteger("member_limit")).isEqualTo(1);
        assertThat(call.body().getLong("expire_date")).isEqualTo(EXPIRES.getEpochSecond());
        assertThat(call.body().getString("name")).isEqualTo("Ana (42)");
        assertThat(link.url()).startsWith("https://t.me/+fake");
        assertThat(link.expiresAt()).isEqualTo(EXPIRES);
    }

    @Test
    void longName_isCutTo32Characters() throws Exception {
        channel.createInviteLink(42, "x".repeat(40), EXPIRES).toCompletableFuture().get(5, TimeUnit.SECONDS);

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
    @ValueSource(strings = {"Bad Request: user not found", "Bad Request: PARTICIPANT_ID_INVALID",
            "Bad Request: USER_NOT_PARTICIPANT"})
    void remove_ofSomeoneAlreadyGone_countsAsDone(String description) throws Exception {
        api.failNext("banChatMember", 1, FakeFailure.badRequest(description));
        api.failNext("unbanChatMember", 1, FakeFailure.badRequest(description));

        channel.remove(42).toCompletableFuture().get(5, TimeUnit.SECONDS);

        assertThat(api.calls()).hasSize(2);
    }

    @Test
    void remove_withoutRights_fails_andDoesNotUnban() {
        api.failNext("banChatMember", 1, FakeFailure.badRequest("Bad Request: not enough rights to restrict/unrestrict chat member"));

        assertThatThrownBy(() -> channel.remove(42).toCompletableFuture().join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(BotApiException.BadRequest.class);
        assertThat(api.calls()).hasSize(1);
    }

    @Test
    void remove_whenForbidden_fails() {
        api.failNext("unbanChatMember", 1, FakeFailure.forbidden("Forbidden: bot is not a member of the channel chat"));

        assertThatThrownBy(() -> channel.remove(42).toCompletableFuture().join())
                .hasCauseInstanceOf(BotApiException.Forbidden.class);
    }
}

package io.vipgate.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.messaging.port.out.JoinDecision;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.fake.FakeBotApi;
import io.vipgate.telegram.fake.FakeBotApiExtension;
import io.vipgate.telegram.fake.FakeFailure;
import io.vipgate.telegram.fake.RecordedCall;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Join requests to both channels: approved or declined, with requests already settled counting as done. */
class TelegramJoinRequestsTest {

    @RegisterExtension
    static final FakeBotApiExtension TELEGRAM = new FakeBotApiExtension();

    private static final long VIP = -1001234567890L;
    private static final long FREE = -1001234567891L;
    private FakeBotApi api;
    private BotApiClient client;

    @BeforeEach
    void start() {
        api = TELEGRAM.api();
        client = TELEGRAM.client();
    }

    private static JoinDecision await(CompletionStage<JoinDecision> decision) throws Exception {
        return decision.toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void freeChannel_approvesInTheFreeChannel() throws Exception {
        assertThat(await(TelegramAdapters.freeChannel(client, FREE).approve(42)))
                .isEqualTo(JoinDecision.DONE);

        RecordedCall call = api.calls().getFirst();
        assertThat(call.is("approveChatJoinRequest")).isTrue();
        assertThat(call.text("chat_id")).isEqualTo(String.valueOf(FREE));
        assertThat(call.body().getLong("user_id")).isEqualTo(42L);
    }

    @Test
    void vipChannel_approvesOrDeclinesInTheVipChannel() throws Exception {
        await(TelegramAdapters.vipChannel(client, VIP).decideJoinRequest(42, true));
        await(TelegramAdapters.vipChannel(client, VIP).decideJoinRequest(43, false));

        assertThat(api.calls())
                .extracting(RecordedCall::method)
                .containsExactly("approveChatJoinRequest", "declineChatJoinRequest");
        assertThat(api.calls())
                .allSatisfy(call -> assertThat(call.text("chat_id")).isEqualTo(String.valueOf(VIP)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bad Request: HIDE_REQUESTER_MISSING", "Bad Request: USER_ALREADY_PARTICIPANT"})
    void aRequestAlreadyGone_isSettled(String description) throws Exception {
        api.failNext("approveChatJoinRequest", 1, FakeFailure.badRequest(description));

        assertThat(await(TelegramAdapters.freeChannel(client, FREE).approve(42)))
                .isEqualTo(JoinDecision.ALREADY_SETTLED);
    }

    @Test
    void otherRefusals_fail_withoutThrowing() throws Exception {
        api.failNext("declineChatJoinRequest", 1, FakeFailure.badRequest("Bad Request: not enough rights"));
        api.failNext("approveChatJoinRequest", 3, FakeFailure.serverError());

        assertThat(await(TelegramAdapters.vipChannel(client, VIP).decideJoinRequest(42, false)))
                .isEqualTo(JoinDecision.FAILED);
        assertThat(await(TelegramAdapters.freeChannel(client, FREE).approve(42)))
                .isEqualTo(JoinDecision.FAILED);
    }
}

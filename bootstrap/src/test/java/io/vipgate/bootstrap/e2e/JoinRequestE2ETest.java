package io.vipgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import io.vipgate.bootstrap.wiring.OutPorts;
import io.vipgate.domain.freechannel.JoinRequest;
import io.vipgate.domain.freechannel.JoinRequestStatus;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Join requests: the free channel stores and acknowledges them, the VIP channel lets only subscribers in. */
@QuarkusTest
@TestProfile(WebhookMode.class)
class JoinRequestE2ETest {

    private static final long VIP = -1001000000001L;
    private static final long FREE = -1001000000002L;

    @Inject
    TelegramStatus status;

    @Inject
    OutPorts ports;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    private JoinRequest stored(long user) throws Exception {
        return ports.joinRequests()
                .find(user)
                .toCompletableFuture()
                .get(5, TimeUnit.SECONDS)
                .orElseThrow();
    }

    private static List<RecordedCall> decisions(String method, long user) {
        return Bot.calls(method).stream()
                .filter(call -> call.body().getLong("user_id", 0L) == user)
                .toList();
    }

    @Test
    void aFreeChannelRequest_isStoredOnce_andAcknowledgedInTheUsersLanguage() throws Exception {
        long user = Bot.newUser();

        JsonObject ack = Bot.push(FakeUpdates.joinRequest(user, "es", FREE));
        JoinRequest first = stored(user);
        Bot.push(FakeUpdates.joinRequest(user, "es", FREE));

        assertThat(ack.getString("chat_id")).isEqualTo(String.valueOf(user));
        assertThat(ack.getString("text")).contains("canal gratuito");
        assertThat(first.status()).isEqualTo(JoinRequestStatus.PENDING);
        assertThat(stored(user).requestedAt())
                .as("asking again keeps the clock")
                .isEqualTo(first.requestedAt());
        assertThat(decisions("approveChatJoinRequest", user))
                .as("the jobs approve, after the wait")
                .isEmpty();
    }

    @Test
    void aVipRequest_fromSomeoneWithoutVip_isDeclined_andTheyAreToldWhy() {
        long user = Bot.newUser();

        JsonObject reply = Bot.push(FakeUpdates.joinRequest(user, "en", VIP));

        assertThat(decisions("declineChatJoinRequest", user))
                .singleElement()
                .satisfies(call -> assertThat(call.text("chat_id")).isEqualTo(String.valueOf(VIP)));
        assertThat(reply.getString("text")).contains("for active subscribers");
    }

    @Test
    void aVipRequest_fromASubscriber_isApproved() {
        long user = Bot.newUser();
        Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", "/extend " + user + " 1d"));

        assertThat(Bot.push(FakeUpdates.joinRequest(user, "en", VIP)).isEmpty()).isTrue();
        assertThat(decisions("approveChatJoinRequest", user)).hasSize(1);
        assertThat(decisions("declineChatJoinRequest", user)).isEmpty();
    }
}

package io.vipgate.bootstrap.jobs;

import static io.vipgate.bootstrap.jobs.Telegram.VIP;
import static io.vipgate.bootstrap.jobs.Telegram.about;
import static io.vipgate.bootstrap.jobs.Telegram.push;
import static io.vipgate.bootstrap.jobs.Telegram.until;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import io.vipgate.application.fakes.FarTimes;
import io.vipgate.bootstrap.wiring.OutPorts;
import io.vipgate.domain.subscription.SubscriptionStatus;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** VIP channel join requests while the jobs run: let in while active, turned away once the expiry job has run. */
@QuarkusTest
@TestProfile(JobsMode.class)
class VipJoinRequestJobE2ETest {

    @Inject
    TelegramStatus status;

    @Inject
    TestClock clock;

    @Inject
    OutPorts ports;

    @BeforeEach
    void ready() {
        until("the bot is ready", status::ready);
        clock.set(FarTimes.past());
    }

    private void untilExpired(long user) {
        until(
                "user " + user + " expired",
                () -> ports.uncachedSubscriptions()
                                .find(user)
                                .toCompletableFuture()
                                .join()
                                .orElseThrow()
                                .status()
                        == SubscriptionStatus.EXPIRED);
    }

    @Test
    void aVipJoinRequest_isApprovedWhileActive_andDeclinedOnceExpired() {
        long user = Telegram.subscriber("1d");

        assertThat(push(FakeUpdates.joinRequest(user, "en", VIP)).isEmpty()).isTrue();
        assertThat(about("approveChatJoinRequest", user))
                .singleElement()
                .satisfies(call -> assertThat(call.text("chat_id")).isEqualTo(String.valueOf(VIP)));

        clock.advance(Duration.ofDays(1));
        untilExpired(user);
        JsonObject reply = push(FakeUpdates.joinRequest(user, "en", VIP));

        assertThat(about("declineChatJoinRequest", user)).hasSize(1);
        assertThat(reply.getString("text")).contains("for active subscribers");
    }
}

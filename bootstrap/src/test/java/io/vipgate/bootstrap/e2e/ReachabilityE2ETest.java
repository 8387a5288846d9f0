package io.vipgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.bootstrap.wiring.OutPorts;
import io.vipgate.domain.user.BotUser;
import io.vipgate.telegram.fake.FakeFailure;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A user who blocked the bot is marked unreachable, by a 403 or by Telegram's own notice; writing again clears it. */
@QuarkusTest
@TestProfile(WebhookMode.class)
class ReachabilityE2ETest {

    @Inject
    TelegramStatus status;

    @Inject
    OutPorts ports;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    private BotUser stored(long user) throws Exception {
        return ports.users()
                .find(user)
                .toCompletableFuture()
                .get(5, TimeUnit.SECONDS)
                .orElseThrow();
    }

    @Test
    void a403WhenTellingTheUser_marksThemUnreachable_andTheAdminHearsWhy() throws Exception {
        long user = Bot.newUser();
        Bot.reply(FakeUpdates.message(user, "en", "/status"));
        FakeTelegram.api().failNext("sendMessage", 1, FakeFailure.blockedByUser());

        String reply = Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", "/extend " + user + " 1d"));

        assertThat(reply).contains("blocked the bot");
        assertThat(stored(user).reachable()).isFalse();
        assertThat(stored(user).firstName()).isEqualTo("User" + user);
    }

    @Test
    void blockingTheBot_marksTheUser_andTheirNextMessageClearsIt() throws Exception {
        long user = Bot.newUser();
        Bot.reply(FakeUpdates.message(user, "es", "/status"));

        assertThat(Bot.push(FakeUpdates.blockedBot(user)).isEmpty()).isTrue();
        assertThat(stored(user).reachable()).isFalse();

        Bot.reply(FakeUpdates.message(user, "es", "/status"));
        assertThat(stored(user).reachable()).isTrue();
    }
}

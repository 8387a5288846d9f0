package io.vipgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/** Two users race for one single-use token through the bot: one gets in, one is told it is used, one link. */
@QuarkusTest
@TestProfile(WebhookMode.class)
class TokenRaceE2ETest {

    @Inject
    TelegramStatus status;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    @RepeatedTest(5)
    void oneSingleUseToken_twoRacers_exactlyOneInviteLink() {
        String token = SubscriberFlowE2ETest.mint("30d", 1);
        long first = Bot.newUser();
        long second = Bot.newUser();
        CountDownLatch go = new CountDownLatch(1);

        List<CompletableFuture<String>> racers = Stream.of(first, second)
                .map(user -> CompletableFuture.supplyAsync(() -> {
                    await(go);
                    return Bot.reply(FakeUpdates.message(user, "en", "/start " + token));
                }))
                .toList();
        go.countDown();
        List<String> replies = racers.stream().map(CompletableFuture::join).toList();

        assertThat(replies)
                .filteredOn(reply -> reply.contains("Welcome to VIP"))
                .hasSize(1);
        assertThat(replies)
                .filteredOn(reply -> reply.contains("already been used"))
                .hasSize(1);
        assertThat(SubscriberFlowE2ETest.inviteLinksFor(first).size()
                        + SubscriberFlowE2ETest.inviteLinksFor(second).size())
                .isEqualTo(1);
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package io.vipgate.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.broadcast.port.out.BroadcastProgress;
import io.vipgate.application.broadcast.port.out.BroadcastReporter;
import io.vipgate.domain.user.BotUser;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.fake.FakeBotApi;
import io.vipgate.telegram.fake.FakeBotApiExtension;
import io.vipgate.telegram.fake.FakeFailure;
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.i18n.Texts;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin's broadcast progress: posted once, edited in place, a tally at the end; Telegram's refusals swallowed. */
class TelegramBroadcastReporterTest {

    @RegisterExtension
    static final FakeBotApiExtension TELEGRAM = new FakeBotApiExtension();

    private static final BotUser ADMIN = BotUser.seen(1001, "Ada", null, null, "en");
    private FakeBotApi api;
    private BotApiClient client;
    private BroadcastReporter reporter;

    @BeforeEach
    void start() {
        api = TELEGRAM.api();
        client = TELEGRAM.client();
        reporter = TelegramAdapters.broadcastReporter(client, new Texts("es"));
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void theProgressMessage_isPostedToTheAdmin_andItsIdComesBack() throws Exception {
        Optional<Long> messageId = await(reporter.open(ADMIN, new BroadcastProgress(12, 500, 0, 0, 0)));

        RecordedCall post = api.calls("sendMessage").getFirst();
        assertThat(messageId).isPresent();
        assertThat(post.text("chat_id")).isEqualTo("1001");
        assertThat(post.text("text")).isEqualTo("📣 Broadcast #12: 0/500 sent");
    }

    @Test
    void progress_editsThatMessage_countingEveryRecipientTried() throws Exception {
        await(reporter.progress(ADMIN, 77, new BroadcastProgress(12, 500, 100, 15, 5)));

        RecordedCall edit = api.calls("editMessageText").getFirst();
        assertThat(edit.text("chat_id")).isEqualTo("1001");
        assertThat(edit.body().getInteger("message_id")).isEqualTo(77);
        assertThat(edit.text("text")).isEqualTo("📣 Broadcast #12: 120/500 sent");
    }

    @Test
    void theTally_isANewMessage_withSentBlockedAndFailed() throws Exception {
        await(reporter.finished(ADMIN, new BroadcastProgress(12, 500, 480, 15, 5)));

        assertThat(api.calls("sendMessage").getFirst().text("text"))
                .isEqualTo("✅ Broadcast #12 finished: 480 sent, 15 blocked the bot, 5 failed (of 500).");
    }

    @Test
    void refusals_neverFail_andAPostThatFailedYieldsNoId() throws Exception {
        api.failNext("sendMessage", 2, FakeFailure.forbidden("Forbidden: bot was blocked by the user"));
        api.failNext("editMessageText", 1, FakeFailure.badRequest("Bad Request: message is not modified"));

        assertThat(await(reporter.open(ADMIN, new BroadcastProgress(12, 5, 0, 0, 0))))
                .isEmpty();
        await(reporter.progress(ADMIN, 77, new BroadcastProgress(12, 5, 1, 0, 0)));
        await(reporter.finished(ADMIN, new BroadcastProgress(12, 5, 5, 0, 0)));

        assertThat(api.calls("editMessageText")).hasSize(1);
    }
}

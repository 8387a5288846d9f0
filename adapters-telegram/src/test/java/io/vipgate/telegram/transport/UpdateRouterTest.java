package io.vipgate.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.telegram.command.StubUseCases;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.inbound.Update;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/** Each kind of update reaches its use case; the sender is recorded; only private chats get answers. */
class UpdateRouterTest {

    private final StubUseCases stubs = new StubUseCases();
    private final UpdateRouter router = Bots.router(stubs);

    private Optional<BotApiMethod<?>> route(Update update) {
        return router.route(update).await().indefinitely();
    }

    @Test
    void aPrivateMessage_recordsTheSender_andRepliesInTheirChat() {
        Optional<BotApiMethod<?>> reply = route(Bots.update(FakeUpdates.message(42, "en", "/status")));

        assertThat(stubs.seen).singleElement().satisfies(user -> {
            assertThat(user.id()).isEqualTo(42L);
            assertThat(user.languageCode()).contains("en");
        });
        assertThat(reply).get().isInstanceOfSatisfying(SendMessage.class, message -> {
            assertThat(message.getChatId()).isEqualTo("42");
            assertThat(message.getText()).contains("not a VIP subscriber");
        });
    }

    @Test
    void aGroupMessage_recordsTheSender_butIsNeverAnswered() {
        assertThat(route(Bots.update(FakeUpdates.groupMessage(StubUseCases.ADMIN, -500, "/subs"))))
                .isEmpty();
        assertThat(stubs.seen).hasSize(1);
        assertThat(stubs.calls).isEmpty();
    }

    @Test
    void blockingTheBot_marksTheUser_withoutRecordingThemAsSeen() {
        assertThat(route(Bots.update(FakeUpdates.blockedBot(42)))).isEmpty();
        assertThat(stubs.blocked).containsExactly(42L);
        assertThat(stubs.seen).isEmpty();
    }

    @Test
    void aFreeChannelJoinRequest_isQueued_andAcknowledgedInTheUsersChat() {
        Optional<BotApiMethod<?>> reply = route(Bots.update(FakeUpdates.joinRequest(42, "es", Bots.FREE)));

        assertThat(stubs.calls).containsExactly("free 42");
        assertThat(reply).get().isInstanceOfSatisfying(SendMessage.class, message -> {
            assertThat(message.getChatId()).isEqualTo("42");
            assertThat(message.getText()).contains("canal gratuito", "21 nov 2026, 14:35 UTC");
        });
    }

    @Test
    void aVipJoinRequest_ofASubscriber_isApproved_silently() {
        stubs.vipActive = true;

        assertThat(route(Bots.update(FakeUpdates.joinRequest(42, "en", Bots.VIP))))
                .isEmpty();
        assertThat(stubs.calls).containsExactly("vip 42");
    }

    @Test
    void aVipJoinRequest_ofAnyoneElse_isDeclined_andTheyAreToldWhy() {
        Optional<BotApiMethod<?>> reply = route(Bots.update(FakeUpdates.joinRequest(42, "en", Bots.VIP)));

        assertThat(stubs.calls).containsExactly("vip 42");
        assertThat(reply)
                .get()
                .isInstanceOfSatisfying(
                        SendMessage.class,
                        message -> assertThat(message.getText()).contains("for active subscribers"));
    }

    @Test
    void aJoinRequestToAnotherChat_isIgnored() {
        assertThat(route(Bots.update(FakeUpdates.joinRequest(42, "en", -100777))))
                .isEmpty();
        assertThat(stubs.calls).isEmpty();
    }

    @Test
    void aButtonPress_isAnswered_soItsSpinnerStops() {
        assertThat(route(Bots.update(FakeUpdates.callback(42, "x")))).get().isInstanceOf(AnswerCallbackQuery.class);
        assertThat(stubs.seen).hasSize(1);
    }
}

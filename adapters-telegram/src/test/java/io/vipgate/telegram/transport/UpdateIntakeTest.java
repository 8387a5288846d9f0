package io.vipgate.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.telegram.command.StubUseCases;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.UpdateIntake.Outcome;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Each update is handled once; one that fails goes back to Telegram, and one that keeps failing gets an apology. */
class UpdateIntakeTest {

    private final StubUseCases stubs = new StubUseCases();
    private final MemoryUpdateClaims claims = new MemoryUpdateClaims();
    private final UpdateIntake intake = Bots.intake(stubs, claims);
    private final Update status = Bots.update(FakeUpdates.message(42, "en", "/status"));

    private Outcome take(Update update) {
        return intake.take(update).await().indefinitely();
    }

    @Test
    void aDuplicate_isNotHandledAgain() {
        assertThat(take(status)).isInstanceOf(Outcome.Handled.class);
        assertThat(take(status)).isInstanceOf(Outcome.Duplicate.class);
        assertThat(stubs.calls).containsExactly("status 42");
    }

    @Test
    void anUpdateThatCannotBeRecorded_isUnavailable_andNotHandled() {
        claims.down = true;

        assertThat(take(status)).isInstanceOf(Outcome.Unavailable.class);
        assertThat(stubs.seen).isEmpty();
    }

    @Test
    void aFailedUpdate_isReleased_soThatItsRedeliveryIsHandled() {
        stubs.failure = () -> new IllegalStateException("database down");

        assertThat(take(status)).isInstanceOf(Outcome.Unavailable.class);
        assertThat(claims.released).containsExactly(status.getUpdateId().longValue());

        stubs.failure = null;
        assertThat(take(status)).isInstanceOf(Outcome.Handled.class);
    }

    @Test
    void aFailedUpdateWhoseReleaseFailedToo_isStillHandledWhenTelegramDeliversItAgain() {
        stubs.failure = () -> new IllegalStateException("database down");
        claims.releaseDown = true;

        assertThat(take(status)).isInstanceOf(Outcome.Unavailable.class);
        assertThat(claims.released).isEmpty();

        stubs.failure = null;
        claims.releaseDown = false;
        assertThat(take(status)).isInstanceOf(Outcome.Handled.class);
        assertThat(take(status)).isInstanceOf(Outcome.Duplicate.class);
    }

    @Test
    void anUpdateThatKeepsFailing_isAnsweredWithAnApology_insteadOfBlockingTheQueue() {
        stubs.failure = () -> new IllegalStateException("bug");

        assertThat(take(status)).isInstanceOf(Outcome.Unavailable.class);
        assertThat(take(status)).isInstanceOf(Outcome.Unavailable.class);
        Outcome third = take(status);

        assertThat(third).isInstanceOfSatisfying(Outcome.Handled.class, handled -> assertThat(handled.reply()).get()
                .isInstanceOfSatisfying(SendMessage.class, reply -> assertThat(reply.getText()).contains("try again")));
        assertThat(take(status)).isInstanceOf(Outcome.Duplicate.class);
    }
}

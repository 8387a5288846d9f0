package io.vipgate.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.telegram.TelegramObserver;
import io.vipgate.telegram.command.StubUseCases;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.inbound.Update;
import io.vipgate.telegram.transport.UpdateIntake.Outcome;
import java.net.ConnectException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * Each update is handled once and done only once settled; one claimed and not done is handed back; one that
 * fails goes back to Telegram, and only one that keeps failing on a healthy system gets an apology.
 */
class UpdateIntakeTest {

    private final StubUseCases stubs = new StubUseCases();
    private final MemoryUpdateClaims claims = new MemoryUpdateClaims();
    private final UpdateIntake intake = Bots.intake(stubs, claims);
    private final Update status = Bots.update(FakeUpdates.message(42, "en", "/status"));
    private final long id = status.updateId();

    private Outcome take(Update update) {
        return take(intake, update);
    }

    private static Outcome take(UpdateIntake intake, Update update) {
        Outcome outcome = intake.take(update).await().indefinitely();
        if (outcome instanceof Outcome.Handled) {
            intake.settle(update).await().indefinitely();
        }
        return outcome;
    }

    @Test
    void aSettledUpdate_isDone_andItsRedeliveryADuplicate() {
        assertThat(take(status)).isInstanceOf(Outcome.Handled.class);
        assertThat(claims.done).containsExactly(id);
        assertThat(take(status)).isInstanceOf(Outcome.Duplicate.class);
        assertThat(stubs.calls).containsExactly("status 42");
    }

    @Test
    void aRedeliveryWhileTheUpdateIsBeingHandledHere_isUnavailable_andNotHandledTwice() {
        assertThat(intake.take(status).await().indefinitely()).isInstanceOf(Outcome.Handled.class);

        assertThat(intake.take(status).await().indefinitely()).isInstanceOf(Outcome.Unavailable.class);
        assertThat(claims.done).isEmpty();
        intake.settle(status).await().indefinitely();
        assertThat(take(status)).isInstanceOf(Outcome.Duplicate.class);
        assertThat(stubs.calls).containsExactly("status 42");
    }

    @Test
    void anUpdateClaimedElsewhereAndNotDone_isUnavailable_andNotHandled() {
        claims.busyElsewhere.add(id);

        assertThat(take(status)).isInstanceOf(Outcome.Unavailable.class);
        assertThat(stubs.seen).isEmpty();
    }

    @Test
    void anUpdateThatCannotBeRecorded_isUnavailable_andNotHandled() {
        claims.down = true;

        assertThat(take(status)).isInstanceOf(Outcome.Unavailable.class);
        assertThat(stubs.seen).isEmpty();
    }

    @Test
    void aFailedUpdate_isReleased_soThatItsRedeliveryIsHandled() {
        stubs.failure = () -> new IllegalStateException("bug");

        assertThat(take(status)).isInstanceOf(Outcome.Unavailable.class);
        assertThat(claims.released).containsExactly(id);

        stubs.failure = null;
        assertThat(take(status)).isInstanceOf(Outcome.Handled.class);
    }

    @Test
    void aFailedUpdateWhoseReleaseFailedToo_isHandledOnceWhenDeliveredAgain_thenADuplicate() {
        stubs.failure = () -> new IllegalStateException("bug");
        claims.releaseDown = true;

        assertThat(take(status)).isInstanceOf(Outcome.Unavailable.class);
        assertThat(claims.released).isEmpty();

        stubs.failure = null;
        assertThat(take(status)).isInstanceOf(Outcome.Handled.class);
        assertThat(take(status)).as("the third delivery").isInstanceOf(Outcome.Duplicate.class);
        assertThat(take(status)).isInstanceOf(Outcome.Duplicate.class);
    }

    @Test
    void anUpdateThatKeepsFailing_isAnsweredWithAnApology_insteadOfBlockingTheQueue() {
        stubs.failure = () -> new IllegalStateException("bug");

        assertThat(take(status)).isInstanceOf(Outcome.Unavailable.class);
        assertThat(take(status)).isInstanceOf(Outcome.Unavailable.class);
        Outcome third = take(status);

        assertThat(third)
                .isInstanceOfSatisfying(
                        Outcome.Handled.class,
                        handled -> assertThat(handled.reply())
                                .get()
                                .isInstanceOfSatisfying(
                                        SendMessage.class,
                                        reply -> assertThat(reply.getText()).contains("try again")));
        assertThat(take(status)).isInstanceOf(Outcome.Duplicate.class);
    }

    @Test
    void failuresOfAnOutageKind_neverCountTowardsTheApology_howeverManyThereAre() {
        stubs.failure = () -> new CompletionException(
                new RuntimeException("pool", new ConnectException("Connection refused: db:5432")));
        for (int delivery = 0; delivery < 10; delivery++) {
            assertThat(take(status)).as("delivery %d", delivery).isInstanceOf(Outcome.Unavailable.class);
        }
        stubs.failure = () -> new RuntimeException(new TimeoutException("pool acquisition"));
        assertThat(take(status)).isInstanceOf(Outcome.Unavailable.class);

        stubs.failure = null;
        assertThat(take(status))
                .isInstanceOfSatisfying(
                        Outcome.Handled.class,
                        handled -> assertThat(handled.reply())
                                .get()
                                .isInstanceOfSatisfying(
                                        SendMessage.class,
                                        reply -> assertThat(reply.getText()).doesNotContain("try again")));
    }

    @Test
    void anyFailureWhileTheStoresDoNotAnswer_isAnOutage_andNotCounted() {
        UpdateIntake probing = new UpdateIntake(
                claims,
                Bots.router(stubs),
                3,
                new Outages(() -> CompletableFuture.completedFuture(false)),
                TelegramObserver.NONE);
        stubs.failure = () -> new IllegalStateException("HR000068: wrapped in a shape nobody predicted");

        for (int delivery = 0; delivery < 6; delivery++) {
            assertThat(take(probing, status)).isInstanceOf(Outcome.Unavailable.class);
        }
        assertThat(claims.done).isEmpty();
    }

    @Test
    void aDoneMarkThatCannotBeWritten_stillHandsTheReplyOn_andLetsTheNextDeliveryIn() {
        claims.doneDown = true;

        assertThat(take(status)).isInstanceOf(Outcome.Handled.class);

        claims.doneDown = false;
        assertThat(take(status))
                .as("not done, so handled again rather than lost")
                .isInstanceOf(Outcome.Handled.class);
        assertThat(take(status)).isInstanceOf(Outcome.Duplicate.class);
    }
}

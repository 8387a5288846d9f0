package io.vipgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With PostgreSQL unreachable, no update can be recorded: the webhook answers 503 so that Telegram retries. */
@QuarkusTest
@TestProfile(DatabaseDownMode.class)
class DatabaseDownE2ETest {

    @Inject
    TelegramStatus status;

    @BeforeEach
    void started() {
        Bot.until("the bot knows itself", status::accepting);
    }

    @Test
    void anUpdateThatCannotBeRecorded_getsServiceUnavailable_andNoReply() {
        long user = Bot.newUser();

        assertThat(Bot.post(
                                WebhookMode.SECRET,
                                FakeUpdates.message(user, "en", "/status").encode())
                        .statusCode())
                .isEqualTo(503);
        assertThat(Bot.sentTo(user)).isEmpty();
    }

    @Test
    void aPaymentThatCannotBeRecorded_isNotAcknowledged_soTelegramDeliversItAgain() {
        long user = Bot.newUser();
        String payment = FakeUpdates.successfulPayment(user, Shop.charge(), 50, "AAAAAAAAAAAAAAAAAAAAAA", null, false)
                .encode();

        assertThat(Bot.post(WebhookMode.SECRET, payment).statusCode()).isEqualTo(503);
        assertThat(Bot.sentTo(user)).isEmpty();
    }
}

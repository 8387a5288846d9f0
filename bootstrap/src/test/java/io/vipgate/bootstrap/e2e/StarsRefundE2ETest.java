package io.vipgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.application.payment.port.in.ReconcilePaymentsUseCase;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Refunds (by /refund and from elsewhere) and reconciliation, through the webhook against the fake Bot API. */
@QuarkusTest
@TestProfile(WebhookMode.class)
class StarsRefundE2ETest {

    @Inject
    TelegramStatus status;

    @Inject
    ReconcilePaymentsUseCase reconcile;

    @Inject
    DataSource database;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    /** A paid one-time plan: Telegram knows the transaction, and the bot recorded the payment. */
    static String bought(long user, long plan, int amount) {
        String payload = Shop.orderOneTime(user, plan);
        String charge = Shop.charge();
        FakeTelegram.api().starPayment(charge, user, amount, payload, null, Instant.now());
        Bot.reply(FakeUpdates.successfulPayment(user, charge, amount, payload, null, false));
        return charge;
    }

    @Test
    void refund_returnsTheStars_takesTheTimeBack_andRemovesTheUser() {
        long plan = Shop.newPlan("30d", 250, "Gold");
        long user = Bot.newUser();
        String charge = bought(user, plan, 250);

        String reply = Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", "/refund " + charge));

        assertThat(reply).contains("Refunded 250 ⭐", String.valueOf(user), "left the VIP channel");
        RecordedCall refund = Bot.calls("refundStarPayment").getLast();
        assertThat(refund.body().getLong("user_id")).isEqualTo(user);
        assertThat(refund.body().getString("telegram_payment_charge_id")).isEqualTo(charge);
        assertThat(Bot.calls("banChatMember"))
                .anyMatch(call -> String.valueOf(user).equals(call.text("user_id")));
        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/status"))).doesNotContain("You are VIP until");
        assertThat(Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", "/refund " + charge)))
                .contains("refunded already");
    }

    @Test
    void refund_ofAnUnknownCharge_callsNothing() {
        int before = Bot.calls("refundStarPayment").size();

        assertThat(Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", "/refund stxNoSuchCharge")))
                .contains("No payment has that charge id");
        assertThat(Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", "/refund"))).contains("Usage: /refund");
        assertThat(Bot.calls("refundStarPayment")).hasSize(before);
        assertThat(Bot.reply(FakeUpdates.message(Bot.newUser(), "en", "/refund x")))
                .contains("Here is what I can do");
    }

    @Test
    void aRefundMadeElsewhere_takesBackOnlyThatPaymentsTime() {
        long plan = Shop.newPlan("30d", 100, "Gold");
        long user = Bot.newUser();
        bought(user, plan, 100);
        String second = bought(user, plan, 100);
        String told = Bot.reply(FakeUpdates.refundedPayment(user, second, 100, "any"));

        assertThat(told).contains("refunded");
        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/status"))).contains("You are VIP until");
        assertThat(Bot.calls("refundStarPayment"))
                .noneMatch(call -> second.equals(call.body().getString("telegram_payment_charge_id")));
    }

    @Test
    void reconciliation_grantsAPaymentWhoseUpdateWasLost_once_andTellsTheAdmins() throws Exception {
        long plan = Shop.newPlan("30d", 75, "Gold");
        long user = Bot.newUser();
        String payload = Shop.orderOneTime(user, plan);
        String charge = Shop.charge();
        FakeTelegram.api()
                .starPayment(charge, user, 75, payload, null, Instant.now().minus(Duration.ofHours(1)));
        // Every application in this run shares one database but has a fake Telegram of its own: start from its first
        // transaction. Reconciliation only runs when a test asks (its interval is off in tests).
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE star_reconciliation SET scanned = 0 WHERE id = 1");
        }

        JobRun run = reconcile.reconcile().toCompletableFuture().get(20, TimeUnit.SECONDS);
        JobRun again = reconcile.reconcile().toCompletableFuture().get(20, TimeUnit.SECONDS);

        assertThat(run.done()).isGreaterThanOrEqualTo(1);
        assertThat(again.done()).isZero();
        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/status"))).contains("VIP until");
        assertThat(Bot.sentTo(Bot.ADMIN)).anyMatch(text -> text.contains(charge) && text.contains("⚠️"));
        assertThat(Bot.sentTo(user)).anyMatch(text -> text.contains("https://t.me/+fake"));
        assertThat(Bot.reply(FakeUpdates.successfulPayment(user, charge, 75, payload, null, false)))
                .contains("counted already");
    }
}

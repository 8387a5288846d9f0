package io.vipgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A purchase with Stars over long polling: every answer goes out as its own Bot API call. */
@QuarkusTest
@TestProfile(PollingMode.class)
class StarsPollingE2ETest {

    @Inject
    TelegramStatus status;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    private static void deliver(JsonObject update) {
        FakeTelegram.api().enqueueUpdate(update);
    }

    private static List<RecordedCall> callsFor(String method, String field, String value) {
        return Bot.calls(method).stream()
                .filter(call -> value.equals(call.text(field)))
                .toList();
    }

    @Test
    void pollingAsksForPreCheckoutQueries_andAOneTimePurchaseGoesThrough() {
        assertThat(Bot.calls("getUpdates")
                        .getLast()
                        .body()
                        .getJsonArray("allowed_updates")
                        .getList())
                .contains("callback_query", "pre_checkout_query");
        int adminMessages = Bot.sentTo(Bot.ADMIN).size();
        deliver(FakeUpdates.message(Bot.ADMIN, "en", "/newplan 14d 120 Fortnight"));
        Bot.until("the plan is created", () -> Bot.sentTo(Bot.ADMIN).size() > adminMessages);
        Matcher id =
                Pattern.compile("Plan #(\\d+)").matcher(Bot.sentTo(Bot.ADMIN).getLast());
        assertThat(id.find()).isTrue();
        long user = Bot.newUser();

        deliver(FakeUpdates.callback(user, "buy:" + id.group(1)));
        Bot.until(
                "the invoice is sent",
                () -> !callsFor("sendInvoice", "chat_id", String.valueOf(user)).isEmpty());
        String payload = callsFor("sendInvoice", "chat_id", String.valueOf(user))
                .getFirst()
                .body()
                .getString("payload");
        JsonObject query = FakeUpdates.preCheckout(user, "en", payload, "XTR", 120);
        String queryId = query.getJsonObject("pre_checkout_query").getString("id");
        deliver(query);
        Bot.until(
                "the pre-checkout is answered",
                () -> !callsFor("answerPreCheckoutQuery", "pre_checkout_query_id", queryId)
                        .isEmpty());
        assertThat(callsFor("answerPreCheckoutQuery", "pre_checkout_query_id", queryId)
                        .getFirst()
                        .body()
                        .getBoolean("ok"))
                .isTrue();

        deliver(FakeUpdates.successfulPayment(user, Shop.charge(), 120, payload, null, false));
        Bot.until("the buyer is told", () -> !Bot.sentTo(user).isEmpty());

        assertThat(Bot.sentTo(user).getFirst()).contains("Payment received", "https://t.me/+fake");
    }
}

package io.vipgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import io.vipgate.telegram.fake.FakeUpdates;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Steps of a purchase through the webhook, as an admin and a buyer take them. */
final class Shop {

    private static final Pattern PLAN_ID = Pattern.compile("Plan #(\\d+)");

    private Shop() {}

    /** {@code /newplan} as the admin; returns the new plan's id from the reply. */
    static long newPlan(String term, int price, String title) {
        String reply = Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", "/newplan " + term + " " + price + " " + title));
        Matcher id = PLAN_ID.matcher(reply);
        assertThat(id.find()).as("plan id in: " + reply).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** Presses the plan's button; returns the method call the webhook answered with (the invoice, or its link). */
    static JsonObject press(long user, long planId) {
        return Bot.push(FakeUpdates.callback(user, "buy:" + planId));
    }

    /** Presses a one-time plan's button and returns the invoice's payload (the order id). */
    static String orderOneTime(long user, long planId) {
        JsonObject invoice = press(user, planId);
        assertThat(invoice.getString("method")).isEqualToIgnoringCase("sendInvoice");
        return invoice.getString("payload");
    }

    static JsonObject preCheckout(long user, String payload, int amount) {
        return Bot.push(FakeUpdates.preCheckout(user, "en", payload, "XTR", amount));
    }

    static String charge() {
        return "stxE2E" + UUID.randomUUID().toString().replace("-", "");
    }
}

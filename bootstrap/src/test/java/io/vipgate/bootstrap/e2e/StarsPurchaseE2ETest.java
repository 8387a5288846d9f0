package io.vipgate.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vipgate.telegram.fake.FakeUpdates;
import io.vipgate.telegram.fake.RecordedCall;
import io.vipgate.telegram.transport.TelegramStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Buying VIP with Telegram Stars through the webhook: plans, invoices, pre-checkout, payment, repeats. */
@QuarkusTest
@TestProfile(WebhookMode.class)
class StarsPurchaseE2ETest {

    @Inject
    TelegramStatus status;

    @BeforeEach
    void ready() {
        Bot.awaitReady(status);
    }

    @Test
    void aOneTimePurchase_fromTheButtonToThePersonalLink() {
        long plan = Shop.newPlan("30d", 250, "Gold & month");
        long user = Bot.newUser();

        JsonObject plans = Bot.push(FakeUpdates.message(user, "en", "/plans"));
        JsonArray buttons = plans.getJsonObject("reply_markup").getJsonArray("inline_keyboard");
        assertThat(buttons.stream().map(row -> ((JsonArray) row).getJsonObject(0)))
                .anySatisfy(button -> {
                    assertThat(button.getString("callback_data")).isEqualTo("buy:" + plan);
                    assertThat(button.getString("text")).isEqualTo("Gold & month · 250 ⭐ · 30 days");
                });

        JsonObject invoice = Shop.press(user, plan);
        assertThat(invoice.getString("method")).isEqualToIgnoringCase("sendInvoice");
        assertThat(invoice.getString("currency")).isEqualTo("XTR");
        assertThat(invoice.containsKey("provider_token")).isFalse();
        assertThat(invoice.getJsonArray("prices")).hasSize(1);
        assertThat(invoice.getJsonArray("prices").getJsonObject(0).getInteger("amount"))
                .isEqualTo(250);
        assertThat(invoice.getString("title")).isEqualTo("Gold & month");
        String payload = invoice.getString("payload");
        assertThat(payload).matches("[A-Za-z0-9_-]{22}");
        assertThat(Bot.calls("answerCallbackQuery")).isNotEmpty();

        JsonObject answer = Shop.preCheckout(user, payload, 250);
        assertThat(answer.getString("method")).isEqualToIgnoringCase("answerPreCheckoutQuery");
        assertThat(answer.getBoolean("ok")).isTrue();

        String paid = Bot.reply(FakeUpdates.successfulPayment(user, Shop.charge(), 250, payload, null, false));
        assertThat(paid).contains("Payment received", "personal invite link", "https://t.me/+fake");
        assertThat(SubscriberFlowE2ETest.inviteLinksFor(user)).hasSize(1);
        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/status"))).contains("You are VIP until");
    }

    @Test
    void aRepeatedPayment_grantsOnce() {
        long plan = Shop.newPlan("7d", 50, "Week");
        long user = Bot.newUser();
        String payload = Shop.orderOneTime(user, plan);
        String charge = Shop.charge();
        Bot.reply(FakeUpdates.successfulPayment(user, charge, 50, payload, null, false));
        String status = Bot.reply(FakeUpdates.message(user, "en", "/status"));

        String again = Bot.reply(FakeUpdates.successfulPayment(user, charge, 50, payload, null, false));

        assertThat(again).contains("counted already");
        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/status"))).isEqualTo(status);
    }

    @Test
    void aForgedOrForeignOrStalePreCheckout_isRefused_inTheBuyersLanguage() {
        long plan = Shop.newPlan("7d", 50, "Week");
        long buyer = Bot.newUser();
        String payload = Shop.orderOneTime(buyer, plan);

        JsonObject forged = Shop.preCheckout(buyer, "forged-payload", 50);
        assertThat(forged.getBoolean("ok")).isFalse();
        assertThat(forged.getString("error_message")).contains("not valid");
        JsonObject foreign = Shop.preCheckout(Bot.newUser(), payload, 50);
        assertThat(foreign.getString("error_message")).contains("someone else");
        JsonObject cheaper = Shop.preCheckout(buyer, payload, 1);
        assertThat(cheaper.getString("error_message")).contains("price does not match");
        JsonObject spanish = Bot.push(FakeUpdates.preCheckout(buyer, "es", "forged-payload", "XTR", 50));
        assertThat(spanish.getString("error_message")).contains("no es válida");
    }

    @Test
    void aRetiredPlan_isRefusedAtCheckout_andSellsNoMore() {
        long plan = Shop.newPlan("7d", 50, "Week");
        long user = Bot.newUser();
        String payload = Shop.orderOneTime(user, plan);

        assertThat(Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", "/endplan " + plan)))
                .contains("no longer on sale");

        assertThat(Shop.preCheckout(user, payload, 50).getString("error_message"))
                .contains("no longer on sale");
        assertThat(Shop.press(user, plan).getString("text")).contains("not on sale");
        assertThat(Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", "/endplan " + plan)))
                .contains("No plan #" + plan);
    }

    @Test
    void aMonthlyPurchase_andItsRenewal_moveTheExpiryToEachPeriodEnd() {
        long plan = Shop.newPlan("monthly", 100, "Silver");
        long user = Bot.newUser();

        JsonObject offer = Shop.press(user, plan);
        assertThat(offer.getString("method")).isEqualToIgnoringCase("sendMessage");
        String url = offer.getJsonObject("reply_markup")
                .getJsonArray("inline_keyboard")
                .getJsonArray(0)
                .getJsonObject(0)
                .getString("url");
        assertThat(url).startsWith("https://t.me/$fakeinvoice");
        RecordedCall link = Bot.calls("createInvoiceLink").getLast();
        assertThat(link.body().getInteger("subscription_period")).isEqualTo(2_592_000);
        assertThat(link.body().getString("currency")).isEqualTo("XTR");
        String payload = link.body().getString("payload");

        assertThat(Shop.preCheckout(user, payload, 100).getBoolean("ok")).isTrue();
        long firstEnd = Instant.now().plus(Duration.ofDays(30)).getEpochSecond();
        String first = Shop.charge();
        assertThat(Bot.reply(FakeUpdates.successfulPayment(user, first, 100, payload, firstEnd, true)))
                .contains("Payment received");
        long secondEnd = firstEnd + 2_592_000;

        String renewed = Bot.reply(FakeUpdates.successfulPayment(user, Shop.charge(), 100, payload, secondEnd, false));

        assertThat(renewed).contains("renewed");
        String year = String.valueOf(Instant.ofEpochSecond(secondEnd)
                .atZone(java.time.ZoneOffset.UTC)
                .getYear());
        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/status"))).contains("You are VIP until", year);
        assertThat(SubscriberFlowE2ETest.inviteLinksFor(user))
                .as("no new link for a renewal")
                .hasSize(1);
        String staleRenewal =
                Bot.reply(FakeUpdates.successfulPayment(user, Shop.charge(), 100, payload, firstEnd, false));
        assertThat(staleRenewal).contains("renewed");
    }

    @Test
    void cancel_stopsTheMonthlyRenewal_withTelegram() {
        long plan = Shop.newPlan("monthly", 100, "Silver");
        long user = Bot.newUser();
        Shop.press(user, plan);
        String payload = Bot.calls("createInvoiceLink").getLast().body().getString("payload");
        String charge = Shop.charge();
        long end = Instant.now().plus(Duration.ofDays(30)).getEpochSecond();
        Bot.reply(FakeUpdates.successfulPayment(user, charge, 100, payload, end, true));

        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/cancel"))).contains("will not renew");

        RecordedCall edit = Bot.calls("editUserStarSubscription").getLast();
        assertThat(edit.body().getLong("user_id")).isEqualTo(user);
        assertThat(edit.body().getString("telegram_payment_charge_id")).isEqualTo(charge);
        assertThat(edit.body().getBoolean("is_canceled")).isTrue();
        assertThat(Bot.reply(FakeUpdates.message(Bot.newUser(), "en", "/cancel")))
                .contains("no monthly subscription");
    }

    @Test
    void aPaymentInAGroup_grantsNothing() {
        long plan = Shop.newPlan("7d", 50, "Week");
        long user = Bot.newUser();
        String payload = Shop.orderOneTime(user, plan);

        assertThat(Bot.push(FakeUpdates.successfulPaymentInGroup(user, -100777L, Shop.charge(), payload)))
                .isEmpty();

        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/status"))).contains("not a VIP subscriber", "/plans");
    }

    @Test
    void newplan_withABadPriceOrDuration_getsTheSyntax_andNonAdminsGetHelp() {
        for (String bad : List.of(
                "/newplan 30d 0 Gold",
                "/newplan 30d 10001 Gold",
                "/newplan 30x 100 Gold",
                "/newplan 30d 100",
                "/newplan monthly abc Gold")) {
            assertThat(Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", bad)))
                    .as(bad)
                    .contains("Usage: /newplan", "1 to 10000 Stars");
        }
        assertThat(Bot.reply(FakeUpdates.message(Bot.newUser(), "en", "/newplan 30d 100 Gold")))
                .contains("Here is what I can do");
    }

    @Test
    void supportTermsAndPrivacy_alwaysAnswer() {
        long user = Bot.newUser();

        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/paysupport"))).contains("help with a payment");
        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/terms"))).contains("Terms of sale");
        assertThat(Bot.reply(FakeUpdates.message(user, "es", "/privacy"))).contains("Privacidad");
        assertThat(Bot.reply(FakeUpdates.message(user, "en", "/help"))).contains("/plans", "/paysupport");
    }

    @Test
    void adminsSeePlanIdsAndSales_andStarsInStats() {
        long plan = Shop.newPlan("7d", 40, "Sold one");
        long user = Bot.newUser();
        String payload = Shop.orderOneTime(user, plan);
        Bot.reply(FakeUpdates.successfulPayment(user, Shop.charge(), 40, payload, null, false));

        assertThat(Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", "/plans")))
                .contains("#" + plan + " · Sold one · 40 ⭐ · 7 days · 1 sold");
        assertThat(Bot.reply(FakeUpdates.message(Bot.ADMIN, "en", "/stats"))).contains("Stars this month", "refunds");
    }
}

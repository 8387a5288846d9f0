package io.vipgate.telegram.fake;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bot's Telegram Stars as the fake keeps them: incoming payments in chronological order, refunds appended as
 * transactions of their own (as {@code getStarTransactions} lists them), and the refusals Telegram documents.
 */
final class FakeStars {

    private final List<JsonObject> transactions = new ArrayList<>();
    private final Set<String> refunded = new HashSet<>();

    /** An incoming invoice payment from {@code userId}; {@code subscriptionPeriod} null for a one-time one. */
    synchronized void payment(
            String chargeId, long userId, int amount, String payload, Integer subscriptionPeriod, Instant date) {
        JsonObject source = new JsonObject()
                .put("type", "user")
                .put("transaction_type", "invoice_payment")
                .put("user", FakeUpdates.user(userId, "en"))
                .put("invoice_payload", payload);
        if (subscriptionPeriod != null) {
            source.put("subscription_period", subscriptionPeriod);
        }
        transactions.add(new JsonObject()
                .put("id", chargeId)
                .put("amount", amount)
                .put("date", date.getEpochSecond())
                .put("source", source));
    }

    synchronized JsonObject page(JsonObject body) {
        int offset = Math.max(0, body.getInteger("offset", 0));
        int limit = Math.min(100, Math.max(1, body.getInteger("limit", 100)));
        int from = Math.min(offset, transactions.size());
        int to = Math.min(transactions.size(), from + limit);
        return new JsonObject().put("transactions", new JsonArray(new ArrayList<>(transactions.subList(from, to))));
    }

    /** Empty when the refund is made; otherwise Telegram's description of why not. */
    synchronized Optional<String> refund(JsonObject body) {
        String charge = body.getString("telegram_payment_charge_id", "");
        Optional<JsonObject> payment = transactions.stream()
                .filter(t -> charge.equals(t.getString("id")) && t.containsKey("source"))
                .findFirst();
        if (payment.isEmpty()) {
            return Optional.of("Bad Request: CHARGE_NOT_FOUND");
        }
        long payer = payment.get().getJsonObject("source").getJsonObject("user").getLong("id");
        if (payer != body.getLong("user_id", 0L)) {
            return Optional.of("Bad Request: USER_ID_INVALID");
        }
        if (!refunded.add(charge)) {
            return Optional.of("Bad Request: CHARGE_ALREADY_REFUNDED");
        }
        transactions.add(new JsonObject()
                .put("id", charge)
                .put("amount", payment.get().getInteger("amount"))
                .put("date", Instant.now().getEpochSecond())
                .put(
                        "receiver",
                        new JsonObject()
                                .put("type", "user")
                                .put("transaction_type", "invoice_payment")
                                .put("user", FakeUpdates.user(payer, "en"))));
        return Optional.empty();
    }
}

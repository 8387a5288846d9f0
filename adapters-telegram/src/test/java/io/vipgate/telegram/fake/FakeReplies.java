package io.vipgate.telegram.fake;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Plausible {@code result} values for {@link FakeBotApi}'s successful answers, per method, overridable. */
final class FakeReplies {

    static final JsonObject BOT = new JsonObject()
            .put("id", 777000111L)
            .put("is_bot", true)
            .put("first_name", "vipgate")
            .put("username", "vipgate_test_bot");

    private final AtomicInteger counter = new AtomicInteger();
    private final Map<String, Function<JsonObject, Object>> overrides = new ConcurrentHashMap<>();
    private final List<JsonObject> updates = new ArrayList<>();

    void override(String method, Function<JsonObject, Object> result) {
        overrides.put(method.toLowerCase(Locale.ROOT), result);
    }

    synchronized void enqueueUpdate(JsonObject update) {
        updates.add(update);
    }

    Object resultFor(String method, JsonObject body) {
        Function<JsonObject, Object> override = overrides.get(method);
        if (override != null) {
            return override.apply(body);
        }
        return switch (method) {
            case "getme" -> BOT.copy();
            case "getupdates" -> pendingUpdates(body.getLong("offset", 0L));
            case "sendmessage" -> message(body);
            case "sendinvoice" -> invoice(body);
            case "createinvoicelink" -> "https://t.me/$fakeinvoice" + counter.incrementAndGet();
            case "createchatinvitelink" -> inviteLink(body);
            case "revokechatinvitelink" -> revokedLink(body);
            case "getchatmember" ->
                new JsonObject().put("status", "left").put("user", FakeUpdates.user(body.getLong("user_id", 1L), null));
            case "getwebhookinfo" ->
                new JsonObject()
                        .put("url", "")
                        .put("has_custom_certificate", false)
                        .put("pending_update_count", 0);
            default -> true;
        };
    }

    /** Like Telegram: an offset confirms every update before it, which is then forgotten. */
    private synchronized JsonArray pendingUpdates(long offset) {
        updates.removeIf(update -> update.getLong("update_id", 0L) < offset);
        return new JsonArray(new ArrayList<>(updates));
    }

    private JsonObject message(JsonObject body) {
        String chatId = String.valueOf(body.getValue("chat_id"));
        JsonObject chat = chatId.matches("-?\\d+")
                ? new JsonObject()
                        .put("id", Long.parseLong(chatId))
                        .put("type", chatId.startsWith("-") ? "channel" : "private")
                : new JsonObject().put("id", -1L).put("type", "channel").put("username", chatId.replace("@", ""));
        return new JsonObject()
                .put("message_id", counter.incrementAndGet())
                .put("date", Instant.now().getEpochSecond())
                .put("chat", chat)
                .put("from", BOT.copy())
                .put("text", body.getString("text", ""));
    }

    /** A message carrying the invoice, as {@code sendInvoice} returns it. */
    private JsonObject invoice(JsonObject body) {
        JsonObject invoice = new JsonObject()
                .put("title", body.getString("title", ""))
                .put("description", body.getString("description", ""))
                .put("start_parameter", "")
                .put("currency", body.getString("currency", ""))
                .put(
                        "total_amount",
                        body.getJsonArray("prices", new JsonArray()).stream()
                                .mapToInt(price -> ((JsonObject) price).getInteger("amount", 0))
                                .sum());
        return message(body).put("invoice", invoice);
    }

    /** As Telegram answers {@code revokeChatInviteLink}: the link, now revoked. */
    private static JsonObject revokedLink(JsonObject body) {
        return new JsonObject()
                .put("invite_link", body.getString("invite_link", ""))
                .put("creator", BOT.copy())
                .put("creates_join_request", true)
                .put("is_primary", false)
                .put("is_revoked", true);
    }

    private JsonObject inviteLink(JsonObject body) {
        JsonObject link = new JsonObject()
                .put("invite_link", "https://t.me/+fake" + counter.incrementAndGet())
                .put("creator", BOT.copy())
                .put("creates_join_request", body.getBoolean("creates_join_request", false))
                .put("is_primary", false)
                .put("is_revoked", false);
        for (String field : List.of("name", "expire_date", "member_limit")) {
            if (body.containsKey(field)) {
                link.put(field, body.getValue(field));
            }
        }
        return link;
    }
}

package io.vipgate.telegram.fake;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Updates as Telegram sends them, for the fake's {@code getUpdates} and for webhook posts. Ids start at a random
 * point, so that runs against a shared database never meet update ids an earlier run recorded.
 */
public final class FakeUpdates {

    private static final AtomicInteger NEXT_ID =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1, 2_000_000_000));

    private FakeUpdates() {}

    public static int nextId() {
        return NEXT_ID.getAndIncrement();
    }

    /** A Telegram user; {@code language} may be null, as Telegram leaves it out when unknown. */
    public static JsonObject user(long userId, String language) {
        JsonObject user = new JsonObject()
                .put("id", userId)
                .put("is_bot", false)
                .put("first_name", "User" + userId)
                .put("username", "user" + userId);
        return language == null ? user : user.put("language_code", language);
    }

    /** A text message in the user's private chat with the bot. */
    public static JsonObject message(long userId, String language, String text) {
        return message(
                userId,
                language,
                text,
                new JsonObject().put("id", userId).put("type", "private").put("first_name", "User" + userId));
    }

    /** A text message in a group the bot is in. */
    public static JsonObject groupMessage(long userId, long groupId, String text) {
        return message(
                userId,
                "en",
                text,
                new JsonObject().put("id", groupId).put("type", "supergroup").put("title", "Some group"));
    }

    /** A request to join a channel, as {@code chat_join_request} (user_chat_id is the user's private chat). */
    public static JsonObject joinRequest(long userId, String language, long channelId) {
        JsonObject request = new JsonObject()
                .put(
                        "chat",
                        new JsonObject()
                                .put("id", channelId)
                                .put("type", "channel")
                                .put("title", "Channel"))
                .put("from", user(userId, language))
                .put("user_chat_id", userId)
                .put("date", now());
        return new JsonObject().put("update_id", nextId()).put("chat_join_request", request);
    }

    /** The user blocked the bot: {@code my_chat_member} in their private chat, now "kicked". */
    public static JsonObject blockedBot(long userId) {
        JsonObject bot =
                new JsonObject().put("id", 777000111L).put("is_bot", true).put("first_name", "vipgate");
        JsonObject change = new JsonObject()
                .put(
                        "chat",
                        new JsonObject()
                                .put("id", userId)
                                .put("type", "private")
                                .put("first_name", "User" + userId))
                .put("from", user(userId, "en"))
                .put("date", now())
                .put("old_chat_member", new JsonObject().put("status", "member").put("user", bot))
                .put(
                        "new_chat_member",
                        new JsonObject()
                                .put("status", "kicked")
                                .put("user", bot)
                                .put("until_date", 0));
        return new JsonObject().put("update_id", nextId()).put("my_chat_member", change);
    }

    /**
     * A {@code chat_member} update: {@code userId}'s standing in {@code chatId} went from {@code from} to {@code to}
     * (Telegram's words: member, restricted, left, kicked, administrator, creator), changed by {@code actorId}.
     */
    public static JsonObject chatMember(long chatId, long actorId, long userId, String from, String to) {
        JsonObject subject = user(userId, "en");
        JsonObject change = new JsonObject()
                .put(
                        "chat",
                        new JsonObject()
                                .put("id", chatId)
                                .put("type", "channel")
                                .put("title", "Channel"))
                .put("from", user(actorId, "en"))
                .put("date", now())
                .put("old_chat_member", member(from, subject))
                .put("new_chat_member", member(to, subject));
        return new JsonObject().put("update_id", nextId()).put("chat_member", change);
    }

    /** A {@code ChatMember} object as Telegram writes one, with the fields its status requires. */
    public static JsonObject member(String status, JsonObject user) {
        JsonObject member = new JsonObject().put("status", status).put("user", user);
        return switch (status) {
            case "restricted" ->
                member.put("is_member", true).put("until_date", 0).put("can_send_messages", false);
            case "kicked" -> member.put("until_date", 0);
            case "administrator" ->
                member.put("can_be_edited", false)
                        .put("is_anonymous", false)
                        .put("can_manage_chat", true)
                        .put("can_delete_messages", true)
                        .put("can_invite_users", true)
                        .put("can_restrict_members", true);
            case "creator" -> member.put("is_anonymous", false);
            default -> member;
        };
    }

    /** A press on an inline button. */
    public static JsonObject callback(long userId, String data) {
        JsonObject query = new JsonObject()
                .put("id", "cb" + nextId())
                .put("from", user(userId, "en"))
                .put("chat_instance", "1")
                .put("data", data);
        return new JsonObject().put("update_id", nextId()).put("callback_query", query);
    }

    /** A {@code pre_checkout_query} for an invoice with {@code payload}, as Telegram asks before taking the Stars. */
    public static JsonObject preCheckout(long userId, String language, String payload, String currency, int amount) {
        JsonObject query = new JsonObject()
                .put("id", "pcq" + nextId())
                .put("from", user(userId, language))
                .put("currency", currency)
                .put("total_amount", amount)
                .put("invoice_payload", payload);
        return new JsonObject().put("update_id", nextId()).put("pre_checkout_query", query);
    }

    /**
     * A {@code successful_payment} service message in the buyer's private chat; {@code periodEnd} (epoch seconds)
     * null for a one-time payment, otherwise a subscription payment, its first when {@code first}.
     */
    public static JsonObject successfulPayment(
            long userId, String chargeId, int amount, String payload, Long periodEnd, boolean first) {
        JsonObject paid = new JsonObject()
                .put("currency", "XTR")
                .put("total_amount", amount)
                .put("invoice_payload", payload)
                .put("telegram_payment_charge_id", chargeId)
                .put("provider_payment_charge_id", "");
        if (periodEnd != null) {
            paid.put("subscription_expiration_date", periodEnd).put("is_recurring", true);
            if (first) {
                paid.put("is_first_recurring", true);
            }
        }
        return service(
                userId,
                new JsonObject().put("id", userId).put("type", "private").put("first_name", "User" + userId),
                "successful_payment",
                paid);
    }

    /** The same payment, from a group: Telegram should never send it, and the bot grants nothing for it. */
    public static JsonObject successfulPaymentInGroup(long userId, long groupId, String chargeId, String payload) {
        JsonObject paid = new JsonObject()
                .put("currency", "XTR")
                .put("total_amount", 1)
                .put("invoice_payload", payload)
                .put("telegram_payment_charge_id", chargeId);
        return service(
                userId,
                new JsonObject().put("id", groupId).put("type", "supergroup").put("title", "Group"),
                "successful_payment",
                paid);
    }

    /** A {@code refunded_payment} service message: a refund made outside the bot. */
    public static JsonObject refundedPayment(long userId, String chargeId, int amount, String payload) {
        JsonObject refund = new JsonObject()
                .put("currency", "XTR")
                .put("total_amount", amount)
                .put("invoice_payload", payload)
                .put("telegram_payment_charge_id", chargeId);
        return service(
                userId,
                new JsonObject().put("id", userId).put("type", "private").put("first_name", "User" + userId),
                "refunded_payment",
                refund);
    }

    private static JsonObject service(long userId, JsonObject chat, String field, JsonObject content) {
        JsonObject message = new JsonObject()
                .put("message_id", nextId())
                .put("date", now())
                .put("chat", chat)
                .put("from", user(userId, "en"))
                .put(field, content);
        return new JsonObject().put("update_id", nextId()).put("message", message);
    }

    private static JsonObject message(long userId, String language, String text, JsonObject chat) {
        JsonObject message = new JsonObject()
                .put("message_id", nextId())
                .put("date", now())
                .put("chat", chat)
                .put("from", user(userId, language))
                .put("text", text);
        return new JsonObject().put("update_id", nextId()).put("message", message);
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}

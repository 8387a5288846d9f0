package io.vipgate.bench;

import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Webhook bodies as Telegram sends them, written as plain strings (no JSON library on the hot path of the load
 * generator). Update ids come from one counter per run; the runner starts it past anything the database holds.
 */
public final class Updates {

    /** First user id of the seeded population; users are {@code FIRST_USER .. FIRST_USER + n - 1}. */
    public static final long FIRST_USER = 900_000_001L;

    private final AtomicInteger nextId;

    public Updates(int firstUpdateId) {
        this.nextId = new AtomicInteger(firstUpdateId);
    }

    public int nextId() {
        return nextId.getAndIncrement();
    }

    /** The first name the seeding writes, so that the sender upsert finds nothing changed. */
    public static String firstName(long userId) {
        return "User" + userId;
    }

    /** A command in the user's private chat; its update id is the one returned by {@link Update#id()}. */
    public Update command(long userId, String text) {
        int id = nextId();
        int commandLength = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
        String json = "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":" + now()
                + ",\"chat\":{\"id\":" + userId + ",\"type\":\"private\",\"first_name\":\"" + firstName(userId) + "\"},"
                + "\"from\":" + user(userId) + ",\"text\":\"" + text + "\","
                + "\"entities\":[{\"offset\":0,\"length\":" + commandLength + ",\"type\":\"bot_command\"}]}}";
        return new Update(id, Buffer.buffer(json));
    }

    /** A request to join {@code channelId}, answered through the user's private chat. */
    public Update joinRequest(long userId, long channelId) {
        int id = nextId();
        String json = "{\"update_id\":" + id + ",\"chat_join_request\":{\"chat\":{\"id\":" + channelId
                + ",\"type\":\"channel\",\"title\":\"Free\"},\"from\":" + user(userId) + ",\"user_chat_id\":" + userId
                + ",\"date\":" + now() + "}}";
        return new Update(id, Buffer.buffer(json));
    }

    private static String user(long userId) {
        return "{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":\"" + firstName(userId)
                + "\",\"username\":\"u" + userId + "\",\"language_code\":\"en\"}";
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    /** One webhook body and its update id. */
    public record Update(int id, Buffer body) {
    }
}

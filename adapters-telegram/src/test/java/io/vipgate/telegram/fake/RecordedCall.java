package io.vipgate.telegram.fake;

import io.vertx.core.json.JsonObject;
import java.time.Instant;

/** One request {@link FakeBotApi} received: method as sent, token from the path, JSON body, arrival time. */
public record RecordedCall(String method, String token, JsonObject body, Instant at, long nanoTime) {

    /** Whether this call is to {@code name}; Bot API method names are case-insensitive. */
    public boolean is(String name) {
        return method.equalsIgnoreCase(name);
    }

    /** A body field as text, whether it was sent as a JSON string or number (chat_id comes as a string). */
    public String text(String field) {
        Object value = body.getValue(field);
        return value == null ? null : String.valueOf(value);
    }

    /** Milliseconds from {@code earlier} to this call. */
    public double millisAfter(RecordedCall earlier) {
        return (nanoTime - earlier.nanoTime) / 1_000_000.0;
    }
}

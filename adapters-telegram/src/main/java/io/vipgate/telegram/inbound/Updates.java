package io.vipgate.telegram.inbound;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vipgate.telegram.client.ResultReader;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Reads updates: one from a webhook request's body, or a batch from a {@code getUpdates} answer. */
public final class Updates {

    /** New Bot API fields must never turn an update into a 400, which Telegram would not retry. */
    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    /** Bound once: a reader made per call looks its deserialisers up again. */
    private static final ObjectReader ONE = JSON.readerFor(Update.class);

    private static final ObjectReader BATCH = JSON.readerFor(Batch.class);

    /** {@code getUpdates}'s answer; {@code ok=false} or no {@code result} fails, and the client maps the error. */
    public static final ResultReader<List<Update>> GET_UPDATES = Updates::batch;

    private Updates() {}

    /** The update in {@code body}, or empty when it is not JSON, not an object or has no {@code update_id}. */
    public static Optional<Update> parse(byte[] body) {
        try {
            Update update = ONE.readValue(body);
            return update == null || update.updateId() == null ? Optional.empty() : Optional.of(update);
        } catch (IOException | RuntimeException malformed) {
            return Optional.empty();
        }
    }

    static List<Update> batch(String body) throws IOException {
        Batch answer = BATCH.readValue(body);
        if (answer == null || !Boolean.TRUE.equals(answer.ok()) || answer.result() == null) {
            throw new IOException("not a successful getUpdates answer");
        }
        if (answer.result().stream().anyMatch(update -> update == null || update.updateId() == null)) {
            throw new IOException("an update without update_id in the getUpdates answer");
        }
        return answer.result();
    }

    @RegisterForReflection
    record Batch(Boolean ok, List<Update> result) {}
}

package io.vipgate.application.dashboard.port.in;

import java.time.Instant;
import java.util.Objects;

/** A broadcast and its recipients by outcome so far; {@code preview} is the start of its text. */
public record BroadcastRow(
        long id,
        long adminId,
        String preview,
        String status,
        Instant createdAt,
        long total,
        long sent,
        long blocked,
        long failed) {

    public BroadcastRow {
        Objects.requireNonNull(preview, "preview");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean sending() {
        return "SENDING".equals(status);
    }

    /** Recipients done with (sent, blocked or failed), in whole percent of the total. */
    public long percentDone() {
        return total == 0 ? 100 : (sent + blocked + failed) * 100 / total;
    }
}

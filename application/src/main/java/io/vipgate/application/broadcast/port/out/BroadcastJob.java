package io.vipgate.application.broadcast.port.out;

import java.util.Objects;
import java.util.Optional;

/** A saved broadcast: who sent it, what it says, to how many, and the admin's progress message once posted. */
public record BroadcastJob(long id, long adminId, String text, int total, Optional<Long> progressMessageId) {

    public BroadcastJob {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(progressMessageId, "progressMessageId");
    }
}

package io.vipgate.application.legacyimport.port.out;

import io.vipgate.domain.user.BotUser;
import java.time.Instant;
import java.util.Objects;

/** A legacy user with the timestamps the legacy bot kept, so that nothing about them is lost. */
public record ImportedUser(BotUser user, Instant createdAt, Instant updatedAt) {

    public ImportedUser {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}

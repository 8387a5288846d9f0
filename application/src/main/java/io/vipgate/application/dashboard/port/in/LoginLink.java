package io.vipgate.application.dashboard.port.in;

import java.time.Instant;
import java.util.Objects;

/** A one-time sign-in secret, known only to the admin it was sent to; the database keeps its hash. */
public record LoginLink(String secret, Instant expiresAt) {

    public LoginLink {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "LoginLink[expiresAt=" + expiresAt + "]";
    }
}

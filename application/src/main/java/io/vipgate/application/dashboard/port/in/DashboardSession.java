package io.vipgate.application.dashboard.port.in;

import java.time.Instant;
import java.util.Objects;

/** A session just opened: {@code secret} goes into the cookie, the database keeps its hash. */
public record DashboardSession(String secret, SignedIn signedIn, Instant expiresAt) {

    public DashboardSession {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(signedIn, "signedIn");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "DashboardSession[admin=" + signedIn.adminId() + ", expiresAt=" + expiresAt + "]";
    }
}

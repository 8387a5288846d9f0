package io.vipgate.application.dashboard.port.out;

import io.vipgate.application.dashboard.port.in.SignedIn;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** One-time sign-in links and sessions, kept by the SHA-256 of their secrets only. */
public interface DashboardCredentials {

    CompletionStage<Void> saveLink(String hash, long adminId, Instant expiresAt);

    /**
     * Marks the link used if it is unused and not expired at {@code now}, in one step, so that two requests racing
     * with one link get one session; the admin it was issued to, or empty.
     */
    CompletionStage<Optional<Long>> useLink(String hash, Instant now);

    CompletionStage<Void> saveSession(String hash, SignedIn signedIn, Instant expiresAt);

    /** The session if it has not expired at {@code now}. */
    CompletionStage<Optional<SignedIn>> findSession(String hash, Instant now);
}

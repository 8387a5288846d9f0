package io.vipgate.application.jobs.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A job runner's hold on due rows: only {@code owner} may complete them, and once {@code until} has passed anyone
 * may claim them again, so that a runner that died between a Telegram call and its commit loses nothing.
 */
public record Lease(String owner, Instant until) {

    public Lease {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(until, "until");
        if (owner.isBlank() || owner.length() > 64) {
            throw new IllegalArgumentException("a lease owner is 1 to 64 characters");
        }
    }

    /** A lease under a new random owner, running {@code length} from {@code now}. */
    public static Lease fresh(Instant now, Duration length) {
        return new Lease(UUID.randomUUID().toString(), now.plus(length));
    }

    /** The same owner's lease, extended to {@code length} from {@code now}. */
    public Lease renewed(Instant now, Duration length) {
        return new Lease(owner, now.plus(length));
    }
}

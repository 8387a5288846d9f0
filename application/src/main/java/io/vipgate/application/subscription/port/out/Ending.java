package io.vipgate.application.subscription.port.out;

import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.domain.subscription.ChangeKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A subscription to end now, provided it is still active with the expiry {@code seenExpiresAt} the caller decided
 * on: a renewal since then changes the expiry, and the ending is dropped. {@code detail} goes into the history line
 * (why a removal was refused); under a {@code lease} the ending also completes a job's claim.
 */
public record Ending(
        long userId,
        Instant seenExpiresAt,
        ChangeKind kind,
        Optional<Long> actorId,
        Optional<String> detail,
        Optional<Lease> lease,
        Instant now) {

    public Ending {
        Objects.requireNonNull(seenExpiresAt, "seenExpiresAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(now, "now");
        if (detail.filter(text -> text.length() > 64).isPresent()) {
            throw new IllegalArgumentException("a history detail is at most 64 characters");
        }
    }
}

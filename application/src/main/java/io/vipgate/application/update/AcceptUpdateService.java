package io.vipgate.application.update;

import io.vipgate.application.update.port.in.AcceptUpdateUseCase;
import io.vipgate.application.update.port.out.UpdateClaim;
import io.vipgate.application.update.port.out.UpdateLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** Claims update ids in the update log for this process, stamped with the time, taking over claims gone stale. */
public final class AcceptUpdateService implements AcceptUpdateUseCase {

    private final UpdateLog log;
    private final Clock clock;
    private final String owner;
    private final Duration handlingTimeout;

    /**
     * {@code owner} names this process (unique per start, no {@code ':'}); {@code handlingTimeout} is how long a
     * claim not done is left to its owner before another delivery takes it over.
     */
    public AcceptUpdateService(UpdateLog log, Clock clock, String owner, Duration handlingTimeout) {
        if (Objects.requireNonNull(owner).isBlank() || owner.indexOf(':') >= 0) {
            throw new IllegalArgumentException("owner must be non-blank and without ':'");
        }
        if (handlingTimeout.isNegative() || handlingTimeout.isZero()) {
            throw new IllegalArgumentException("handling timeout must be positive");
        }
        this.log = log;
        this.clock = clock;
        this.owner = owner;
        this.handlingTimeout = handlingTimeout;
    }

    @Override
    public CompletionStage<UpdateClaim> claim(long updateId) {
        Instant now = clock.instant();
        return log.claim(updateId, owner, now, now.minus(handlingTimeout));
    }

    @Override
    public CompletionStage<Void> done(long updateId) {
        return log.done(updateId);
    }

    @Override
    public CompletionStage<Void> release(long updateId) {
        return log.release(updateId, owner);
    }
}

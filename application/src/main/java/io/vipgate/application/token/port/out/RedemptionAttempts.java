package io.vipgate.application.token.port.out;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Counts failed token attempts per user, so that nobody can guess tokens by brute force. */
public interface RedemptionAttempts {

    /** How long the user must wait before trying again; empty when they may try now. */
    CompletionStage<Optional<Duration>> blockedFor(long userId);

    CompletionStage<Void> recordFailure(long userId);
}

package io.vipgate.telegram.client;

import java.time.Duration;
import java.util.Optional;

/** Decides whether and when a failed Bot API call is made again: 429 after retry_after, 5xx and network errors with backoff. */
record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("backoffs must satisfy 0 <= initial <= max, and maxRetryAfter >= 0");
        }
    }

    /** How long to wait before attempt {@code failedAttempt + 1}, or empty when {@code failure} is final. */
    Optional<Duration> delayAfter(int failedAttempt, Throwable failure) {
        if (failedAttempt >= maxAttempts) {
            return Optional.empty();
        }
        return switch (failure) {
            // A longer wait than maxRetryAfter is a flood ban: better to tell the caller than to hold the request.
            case BotApiException.TooManyRequests tooMany
            when tooMany.retryAfter().compareTo(maxRetryAfter) <= 0 -> Optional.of(tooMany.retryAfter());
            case BotApiException.ServerError ignored -> Optional.of(backoff(failedAttempt));
            case BotApiException.NetworkError ignored -> Optional.of(backoff(failedAttempt));
            default -> Optional.empty();
        };
    }

    /** initialBackoff doubled for each failed attempt after the first, capped at maxBackoff. */
    Duration backoff(int failedAttempt) {
        int doublings = Math.min(Math.max(failedAttempt - 1, 0), 30);
        Duration delay = initialBackoff.multipliedBy(1L << doublings);
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}

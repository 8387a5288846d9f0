package io.vipgate.application.jobs;

import java.time.Duration;

/**
 * How a job works through due rows: how many it claims at a time, how long a claim holds them, and how long a row
 * whose Telegram call failed waits before it is tried again.
 */
public record JobSettings(int batchSize, Duration lease, Duration retryDelay) {

    public JobSettings {
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("batch size must be between 1 and 1000");
        }
        if (lease.isNegative() || lease.isZero() || retryDelay.isNegative()) {
            throw new IllegalArgumentException("the lease must be positive and the retry delay not negative");
        }
    }

    /**
     * A runner starts on a row only while at least half of its lease is left: one row takes seconds (the client's
     * retries are bounded), so it always completes before another runner may claim it.
     */
    Duration minimumLeftToStart() {
        return lease.dividedBy(2);
    }
}

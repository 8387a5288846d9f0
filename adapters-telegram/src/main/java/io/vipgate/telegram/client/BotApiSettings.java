package io.vipgate.telegram.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the Bot API and how hard to try: base URL, token, timeouts, retries and outbound send rates.
 * Prints with the token redacted.
 */
public record BotApiSettings(
        String apiUrl,
        BotToken token,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration maxRetryAfter,
        int messagesPerSecond,
        Duration perChatInterval) {

    public BotApiSettings {
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(token, "token");
        apiUrl = apiUrl.strip().replaceAll("/+$", "");
        if (!apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
            throw new IllegalArgumentException("apiUrl must be an http(s) URL: " + apiUrl);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive");
        }
        new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
        if (messagesPerSecond < 1 || perChatInterval.isNegative()) {
            throw new IllegalArgumentException("messagesPerSecond must be >= 1 and perChatInterval >= 0");
        }
    }

    public BotApiSettings withRetries(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        return new BotApiSettings(
                apiUrl,
                token,
                requestTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfter,
                messagesPerSecond,
                perChatInterval);
    }

    public BotApiSettings withRates(int messagesPerSecond, Duration perChatInterval) {
        return new BotApiSettings(
                apiUrl,
                token,
                requestTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfter,
                messagesPerSecond,
                perChatInterval);
    }

    public BotApiSettings withRequestTimeout(Duration requestTimeout) {
        return new BotApiSettings(
                apiUrl,
                token,
                requestTimeout,
                maxAttempts,
                initialBackoff,
                maxBackoff,
                maxRetryAfter,
                messagesPerSecond,
                perChatInterval);
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter);
    }
}

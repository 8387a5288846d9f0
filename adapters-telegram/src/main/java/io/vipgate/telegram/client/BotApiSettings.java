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

    public static final String DEFAULT_API_URL = "https://api.telegram.org";

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

    /** 3 attempts from 500 ms backoff; 28 messages/s overall (under Telegram's 30, for jitter), 1/s per chat. */
    public static BotApiSettings defaults(String apiUrl, String token) {
        return new BotApiSettings(
                apiUrl,
                BotToken.of(token),
                Duration.ofSeconds(10),
                3,
                Duration.ofMillis(500),
                Duration.ofSeconds(10),
                Duration.ofSeconds(60),
                28,
                Duration.ofSeconds(1));
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

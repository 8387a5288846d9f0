package io.vipgate.telegram.client;

import java.time.Duration;
import java.util.Locale;

/** A Bot API call that did not succeed, one subclass per outcome a caller may handle differently. */
public abstract sealed class BotApiException extends RuntimeException {

    private final String method;
    private final String description;

    private BotApiException(String method, String status, String description) {
        super("Bot API " + method + " failed: " + status + " " + description + " [POST " + BotToken.redactedPath(method)
                + "]");
        this.method = method;
        this.description = description;
    }

    /** The Bot API method name, such as {@code sendmessage}. */
    public String method() {
        return method;
    }

    /** Telegram's description of the error, or what went wrong on the way; never contains the token. */
    public String description() {
        return description;
    }

    /** 429: Telegram asks to wait {@link #retryAfter()} before calling again. */
    public static final class TooManyRequests extends BotApiException {
        private final Duration retryAfter;

        TooManyRequests(String method, Duration retryAfter) {
            super(method, "429", "Too Many Requests, retry after " + retryAfter.toSeconds() + " s");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** 403: the bot may not do this; {@link #blockedByUser()} when the user blocked the bot. */
    public static final class Forbidden extends BotApiException {
        private final boolean blockedByUser;

        Forbidden(String method, String description) {
            super(method, "403", description);
            this.blockedByUser = description.toLowerCase(Locale.ROOT).contains("bot was blocked by the user");
        }

        public boolean blockedByUser() {
            return blockedByUser;
        }
    }

    /** 400: Telegram rejected the request, or it was invalid before sending; {@link #description()} says why. */
    public static final class BadRequest extends BotApiException {
        BadRequest(String method, String description) {
            super(method, "400", description);
        }
    }

    /** 404: unknown method, or a token Telegram does not know. */
    public static final class NotFound extends BotApiException {
        NotFound(String method, String description) {
            super(method, "404", description);
        }
    }

    /** 5xx: Telegram failed; worth retrying later. */
    public static final class ServerError extends BotApiException {
        private final int status;

        ServerError(String method, int status, String description) {
            super(method, String.valueOf(status), description);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** No answer: connection refused or dropped, or a timeout. The cause is kept only as redacted text. */
    public static final class NetworkError extends BotApiException {
        NetworkError(String method, String redactedCause) {
            super(method, "network error:", redactedCause);
        }
    }

    /** Any other answer: another 4xx (401, 409...) or a response that cannot be read. Never retried. */
    public static final class Rejected extends BotApiException {
        private final int status;

        Rejected(String method, int status, String description) {
            super(method, String.valueOf(status), description);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}

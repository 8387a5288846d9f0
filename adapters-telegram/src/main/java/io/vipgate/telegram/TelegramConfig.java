package io.vipgate.telegram;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the Telegram adapter, under {@code vipgate.telegram}. */
@ConfigMapping(prefix = "vipgate.telegram")
public interface TelegramConfig {

    /** Bot API base URL: Telegram's, a self-hosted Bot API server's, or a test fake's. */
    @WithDefault("https://api.telegram.org")
    String apiUrl();

    /** The token BotFather gave; never logged. */
    String botToken();

    long vipChannelId();

    long freeChannelId();

    /** Timeout of one request; a long poll gets its own timeout on top. */
    @WithDefault("10s")
    Duration requestTimeout();

    /**
     * PUBLIC_URL (or RAILWAY_PUBLIC_DOMAIN, a bare host): when set, Telegram pushes updates to
     * {@code <public-url>/telegram/webhook}; when absent, the bot long-polls.
     */
    Optional<String> publicUrl();

    /** WEBHOOK_SECRET: what Telegram must send in {@code X-Telegram-Bot-Api-Secret-Token}; required for a webhook. */
    Optional<String> webhookSecret();

    /**
     * Where a webhook update's one reply goes: in the HTTP response (Telegram makes the call, so one outbound
     * request fewer per reply), or out with a Bot API call of its own, paced like every other send.
     */
    @WithDefault("true")
    boolean webhookReplyInBody();

    Retry retry();

    Rate rate();

    Polling polling();

    Startup startup();

    /** Retries of 429, 5xx and network errors. */
    interface Retry {

        /** Attempts in all, the first one included. */
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("10s")
        Duration maxBackoff();

        /** A 429 asking to wait longer than this is reported rather than waited out. */
        @WithDefault("60s")
        Duration maxRetryAfter();
    }

    /** Outbound send pacing, after Telegram's limits (30 messages a second; 28 leaves room for timer jitter). */
    interface Rate {

        @WithDefault("28")
        int messagesPerSecond();

        @WithDefault("1s")
        Duration perChatInterval();
    }

    /** Long polling, when no public URL is set. */
    interface Polling {

        /** How long Telegram holds a {@code getUpdates} call open when there is nothing to deliver. */
        @WithDefault("30s")
        Duration timeout();

        /** Pause after an empty answer, so that a server that does not hold the call open is not hammered. */
        @WithDefault("100ms")
        Duration idlePause();

        /** First wait after a failed poll or an update that could not be handled; doubles up to the max. */
        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();
    }

    /** Reaching Telegram at start: retried in the background for as long as it takes, never crash-looping. */
    interface Startup {

        @WithDefault("1s")
        Duration initialBackoff();

        @WithDefault("60s")
        Duration maxBackoff();
    }
}

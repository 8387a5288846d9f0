package io.vipgate.telegram.transport;

import java.util.Optional;

/** Where the Telegram side stands, for readiness and for the transports: bot known, transport running, stopping. */
public final class TelegramStatus {

    private final TransportSettings.Mode mode;
    private volatile String botUsername;
    private volatile boolean transportRunning;
    private volatile boolean stopping;

    public TelegramStatus(TransportSettings.Mode mode) {
        this.mode = mode;
    }

    public TransportSettings.Mode mode() {
        return mode;
    }

    /** The bot's @username from {@code getMe}; empty until Telegram has answered. */
    public Optional<String> botUsername() {
        return Optional.ofNullable(botUsername);
    }

    /** Ready: Telegram answered {@code getMe}, the transport runs, and no shutdown has begun. */
    public boolean ready() {
        return botUsername != null && transportRunning && !stopping;
    }

    /** Whether updates may be handled now: replies need the bot's username, and a stopping bot takes no more. */
    public boolean accepting() {
        return botUsername != null && !stopping;
    }

    void botKnown(String username) {
        this.botUsername = username;
    }

    void transportRunning() {
        this.transportRunning = true;
    }

    void stopping() {
        this.stopping = true;
    }
}

package io.vipgate.telegram.client;

import java.util.Objects;

/** The bot token, which is part of every Bot API URL: it prints as {@code <redacted>} and scrubs itself out of text. */
public final class BotToken {

    public static final String REDACTED = "<redacted>";

    private final String value;

    private BotToken(String value) {
        this.value = value;
    }

    public static BotToken of(String value) {
        Objects.requireNonNull(value, "bot token");
        if (value.isBlank() || value.chars().anyMatch(c -> c == '/' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("bot token must be non-blank, without '/' or spaces");
        }
        return new BotToken(value);
    }

    /** {@code text} with every occurrence of the token replaced by {@link #REDACTED}; null stays null. */
    public String redact(String text) {
        return text == null ? null : text.replace(value, REDACTED);
    }

    /** The URL path of a method, as it may be printed. */
    public static String redactedPath(String method) {
        return "/bot" + REDACTED + "/" + method;
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return REDACTED;
    }
}

package io.vipgate.telegram.transport;

import io.vipgate.telegram.TelegramConfig;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How updates reach the bot: long polling, or a webhook at the public URL guarded by a secret. */
public record TransportSettings(
        Mode mode,
        Optional<String> webhookUrl,
        Optional<String> secret,
        Duration pollTimeout,
        Duration idlePause,
        Backoff pollBackoff,
        Backoff startupBackoff) {

    public static final String WEBHOOK_PATH = "/telegram/webhook";

    /** Asked for explicitly: without {@code chat_member} in the list, Telegram never sends it. */
    public static final List<String> ALLOWED_UPDATES = List.of(
            "message", "callback_query", "pre_checkout_query", "chat_join_request", "chat_member", "my_chat_member");

    /** Which transport runs. */
    public enum Mode {
        POLLING,
        WEBHOOK;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public TransportSettings {
        if (mode == Mode.WEBHOOK && (webhookUrl.isEmpty() || secret.isEmpty())) {
            throw new IllegalArgumentException("webhook mode needs a public URL and WEBHOOK_SECRET");
        }
    }

    public static TransportSettings from(TelegramConfig config) {
        Optional<String> url = config.publicUrl()
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .map(TransportSettings::webhookUrl);
        Optional<String> secret = config.webhookSecret().map(String::strip).filter(text -> !text.isEmpty());
        TelegramConfig.Polling polling = config.polling();
        return new TransportSettings(
                url.isPresent() ? Mode.WEBHOOK : Mode.POLLING,
                url,
                secret,
                polling.timeout(),
                polling.idlePause(),
                new Backoff(polling.initialBackoff(), polling.maxBackoff()),
                new Backoff(config.startup().initialBackoff(), config.startup().maxBackoff()));
    }

    /** Railway's RAILWAY_PUBLIC_DOMAIN is a bare host; PUBLIC_URL is a full https URL. */
    static String webhookUrl(String publicUrl) {
        String base = publicUrl.contains("://") ? publicUrl : "https://" + publicUrl;
        return base.replaceAll("/+$", "") + WEBHOOK_PATH;
    }
}

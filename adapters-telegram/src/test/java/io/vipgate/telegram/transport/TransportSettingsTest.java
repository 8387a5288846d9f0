package io.vipgate.telegram.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A public URL (or Railway's bare domain) means a webhook at /telegram/webhook; nothing means polling. */
class TransportSettingsTest {

    @ParameterizedTest
    @CsvSource({
        "https://bot.example.com,https://bot.example.com/telegram/webhook",
        "https://bot.example.com/,https://bot.example.com/telegram/webhook",
        "vipgate.up.railway.app,https://vipgate.up.railway.app/telegram/webhook",
        "https://example.com/vip/,https://example.com/vip/telegram/webhook"
    })
    void theWebhookUrl_isThePublicUrlPlusThePath(String publicUrl, String expected) {
        assertThat(TransportSettings.webhookUrl(publicUrl)).isEqualTo(expected);
    }

    @Test
    void aWebhook_needsItsSecret() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2));

        assertThatThrownBy(() -> new TransportSettings(
                        TransportSettings.Mode.WEBHOOK,
                        Optional.of("https://x/y"),
                        Optional.empty(),
                        Duration.ofSeconds(30),
                        Duration.ZERO,
                        backoff,
                        backoff))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backoff_doublesUpToItsMax() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5));

        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(40)).isEqualTo(Duration.ofSeconds(5));
    }
}

package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;
import io.vipgate.telegram.client.BotApiClient;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;

/**
 * The webhook transport's Telegram side: {@code setWebhook} with the secret and the explicit update list. The
 * webhook stays registered at shutdown, so that during a rolling deploy the next instance keeps receiving; stopping
 * waits for the replies still being sent (when they are not answered in the response body).
 */
public final class WebhookRegistration implements Transport {

    private static final Logger LOG = Logger.getLogger(WebhookRegistration.class);

    private final BotApiClient client;
    private final TransportSettings settings;
    private final ReplySender replies;

    public WebhookRegistration(BotApiClient client, TransportSettings settings, ReplySender replies) {
        this.client = client;
        this.settings = settings;
        this.replies = replies;
    }

    @Override
    public Uni<Void> start() {
        String url = settings.webhookUrl().orElseThrow();
        SetWebhook request = SetWebhook.builder()
                .url(url)
                .secretToken(settings.secret().orElseThrow())
                .allowedUpdates(TransportSettings.ALLOWED_UPDATES)
                .dropPendingUpdates(false)
                .build();
        return client.call(request)
                .invoke(() -> LOG.infof("Webhook registered: url=%s", url))
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> stop() {
        return replies.drain();
    }
}

package io.vipgate.bootstrap.wiring;

import io.vertx.mutiny.core.Vertx;
import io.vipgate.application.update.port.in.AcceptUpdateUseCase;
import io.vipgate.application.user.port.in.RecognizeAdminsUseCase;
import io.vipgate.application.user.port.in.RecordUserUseCase;
import io.vipgate.bootstrap.health.StoresProbe;
import io.vipgate.telegram.TelegramAdapters;
import io.vipgate.telegram.TelegramBot;
import io.vipgate.telegram.TelegramConfig;
import io.vipgate.telegram.TelegramObserver;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.command.AdminDashboard;
import io.vipgate.telegram.i18n.Texts;
import io.vipgate.telegram.transport.Outages;
import io.vipgate.telegram.transport.TelegramStatus;
import io.vipgate.telegram.transport.UpdateRouter;
import io.vipgate.telegram.transport.WebhookEndpoint;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Builds the transport (polling or webhook, as configured) over the update router {@link CommandWiring} builds;
 * {@link TelegramLifecycle} runs it.
 */
public class TransportWiring {

    /** Before the bot: {@code /token}'s links and the dashboard's wait for the username it learns at start. */
    @Produces
    @Singleton
    TelegramStatus telegramStatus(TelegramConfig config) {
        return TelegramAdapters.status(config);
    }

    @Produces
    @Singleton
    TelegramBot telegramBot(
            Vertx vertx,
            BotApiClient client,
            TelegramConfig config,
            TelegramStatus status,
            UpdateRouter router,
            RecordUserUseCase users,
            RecognizeAdminsUseCase admins,
            AcceptUpdateUseCase accept,
            Texts texts,
            TelegramObserver observer,
            StoresProbe stores,
            AdminDashboard dashboard) {
        return TelegramAdapters.bot(
                vertx,
                client,
                config,
                status,
                router,
                users,
                admins,
                accept,
                new Outages(stores::answer),
                texts,
                observer,
                Optional.of(dashboard));
    }

    /** For {@code POST /telegram/webhook}, which answers 404 in polling mode. */
    @Produces
    @Singleton
    WebhookEndpoint webhookEndpoint(TelegramBot bot) {
        return bot.webhook();
    }
}

package io.vipgate.bootstrap.wiring;

import io.vertx.mutiny.core.Vertx;
import io.vipgate.application.freechannel.port.out.FreeChannel;
import io.vipgate.application.gate.port.out.VipChannel;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.application.messaging.port.out.SendBudget;
import io.vipgate.application.user.port.in.RecordUserUseCase;
import io.vipgate.bootstrap.config.BotConfig;
import io.vipgate.telegram.TelegramAdapters;
import io.vipgate.telegram.TelegramConfig;
import io.vipgate.telegram.TelegramObserver;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.i18n.Texts;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Builds the Telegram adapter's parts: one Bot API client, shared so that its send pacing is global. */
public class TelegramWiring {

    @Produces
    @Singleton
    BotApiClient botApiClient(Vertx vertx, TelegramConfig config, TelegramObserver observer, SendBudget budget) {
        return TelegramAdapters.client(vertx, config, observer, budget);
    }

    void closeBotApiClient(@Disposes BotApiClient client) {
        client.close();
    }

    @Produces
    @Singleton
    VipChannel vipChannel(BotApiClient client, TelegramConfig config) {
        return TelegramAdapters.vipChannel(client, config.vipChannelId());
    }

    @Produces
    @Singleton
    FreeChannel freeChannel(BotApiClient client, TelegramConfig config) {
        return TelegramAdapters.freeChannel(client, config.freeChannelId());
    }

    /** The languages of every reply and notice; DEFAULT_LOCALE for users who are neither es* nor en*. */
    @Produces
    @Singleton
    Texts texts(BotConfig config) {
        return new Texts(config.defaultLocale());
    }

    /** Every send that finds a user has blocked the bot marks them unreachable through {@code users}. */
    @Produces
    @Singleton
    Notifier notifier(BotApiClient client, RecordUserUseCase users, Texts texts, Clock clock) {
        return TelegramAdapters.notifier(client, users, texts, clock);
    }
}

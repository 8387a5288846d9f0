package io.vipgate.bootstrap.wiring;

import io.vertx.mutiny.core.Vertx;
import io.vipgate.application.port.out.VipChannel;
import io.vipgate.telegram.TelegramAdapters;
import io.vipgate.telegram.TelegramConfig;
import io.vipgate.telegram.client.BotApiClient;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the Telegram adapter's parts: one Bot API client, shared so that its send pacing is global. */
public class TelegramWiring {

    @Produces
    @Singleton
    BotApiClient botApiClient(Vertx vertx, TelegramConfig config) {
        return TelegramAdapters.client(vertx, config);
    }

    @Produces
    @Singleton
    VipChannel vipChannel(BotApiClient client, TelegramConfig config) {
        return TelegramAdapters.vipChannel(client, config.vipChannelId());
    }
}

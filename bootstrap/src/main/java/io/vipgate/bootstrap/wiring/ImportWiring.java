package io.vipgate.bootstrap.wiring;

import io.vipgate.application.legacyimport.ImportLegacyBotService;
import io.vipgate.application.legacyimport.LegacyImportPolicy;
import io.vipgate.application.legacyimport.port.in.ImportLegacyBotUseCase;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.bootstrap.importer.ImportMode;
import io.vipgate.persistence.legacyimport.PostgresLegacyImportAdapter;
import io.vipgate.sqlite.SqliteLegacyBotSource;
import io.vipgate.telegram.TelegramConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the legacy import: the SQLite reader, the PostgreSQL writer, and what it compares the file with. */
public class ImportWiring {

    @Produces
    @Singleton
    ImportLegacyBotUseCase importLegacyBot(
            PostgresLegacyImportAdapter target, BotPolicy bot, TelegramConfig telegram, Clock clock) {
        Set<Long> admins =
                bot.adminIds().stream().filter(id -> id != ImportMode.NO_ADMIN).collect(Collectors.toSet());
        LegacyImportPolicy policy = new LegacyImportPolicy(
                admins, configured(telegram.vipChannelId()), configured(telegram.freeChannelId()), bot.reminders());
        return new ImportLegacyBotService(new SqliteLegacyBotSource(), target, policy, clock);
    }

    private static Optional<Long> configured(long channelId) {
        return channelId == ImportMode.NO_CHANNEL ? Optional.empty() : Optional.of(channelId);
    }
}

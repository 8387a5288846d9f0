package io.vipgate.bootstrap.wiring;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vipgate.telegram.TelegramBot;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Opens the Telegram transport once Quarkus has started (PostgreSQL reached and migrated by then), and at shutdown
 * stops taking updates and finishes those in flight before the pools close.
 */
@Singleton
public class TelegramLifecycle {

    private static final Logger LOG = Logger.getLogger(TelegramLifecycle.class);
    private static final Duration IN_FLIGHT_LIMIT = Duration.ofSeconds(15);

    void start(@Observes StartupEvent started, TelegramBot bot) {
        bot.launcher().start();
    }

    void stop(@Observes ShutdownEvent stopping, TelegramBot bot) {
        try {
            bot.launcher().stop().await().atMost(IN_FLIGHT_LIMIT);
        } catch (RuntimeException timedOut) {
            LOG.warnf("Telegram transport did not stop within %d s: %s", IN_FLIGHT_LIMIT.toSeconds(), timedOut);
        }
    }
}

package io.vipgate.bootstrap.wiring;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vipgate.bootstrap.importer.ImportMode;
import io.vipgate.telegram.TelegramBot;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Opens the Telegram transport once Quarkus has started (PostgreSQL reached and migrated by then). At shutdown it
 * stops taking updates at once (polling stops, the webhook answers 503 so that Telegram retries elsewhere), lets
 * those in flight finish while Quarkus waits for open HTTP requests, and only then lets the pools close.
 */
@Singleton
public class TelegramLifecycle {

    private static final Logger LOG = Logger.getLogger(TelegramLifecycle.class);
    private static final Duration IN_FLIGHT_LIMIT = Duration.ofSeconds(15);

    private Uni<Void> stopped;

    void start(@Observes StartupEvent started, TelegramBot bot) {
        if (ImportMode.active()) {
            // An import must never poll, register a webhook or answer anyone with the real bot's token.
            LOG.info("Import mode: the Telegram transport stays off");
            return;
        }
        bot.launcher().start();
    }

    /**
     * The first thing shutdown does (quarkus.shutdown.delay-enabled makes Quarkus announce it): later steps wait for
     * open HTTP requests, and a webhook call arriving meanwhile must be refused rather than started.
     */
    void stopTakingUpdates(@Observes ShutdownDelayInitiatedEvent stopping, TelegramBot bot) {
        LOG.info("Shutting down: no more updates taken, finishing those in flight");
        stopping(bot);
    }

    /** Runs before the pools close: the updates still being handled need them. */
    void stop(@Observes ShutdownEvent stopping, TelegramBot bot) {
        try {
            stopping(bot).await().atMost(IN_FLIGHT_LIMIT);
        } catch (RuntimeException timedOut) {
            LOG.warnf("Telegram transport did not stop within %d s: %s", IN_FLIGHT_LIMIT.toSeconds(), timedOut);
        }
    }

    private synchronized Uni<Void> stopping(TelegramBot bot) {
        if (stopped == null) {
            stopped = bot.launcher().stop().memoize().indefinitely();
            stopped.subscribe().with(done -> {}, failure -> {});
        }
        return stopped;
    }
}

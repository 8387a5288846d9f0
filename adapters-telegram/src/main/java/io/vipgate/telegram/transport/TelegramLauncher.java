package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.mutiny.core.Vertx;
import io.vipgate.telegram.client.BotApiClient;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.GetMe;

/**
 * Brings the Telegram side up in the background: {@code getMe} until Telegram answers (however long that takes:
 * an unreachable Telegram must never crash-loop the process), then the command menu, then the transport.
 * Readiness stays down until the transport runs.
 */
public final class TelegramLauncher {

    private static final Logger LOG = Logger.getLogger(TelegramLauncher.class);

    private final BotApiClient client;
    private final Transport transport;
    private final CommandMenu menu;
    private final TelegramStatus status;
    private final Backoff backoff;
    private final Vertx vertx;
    private volatile boolean stopping;
    private Cancellable startup;

    public TelegramLauncher(
            BotApiClient client,
            Transport transport,
            CommandMenu menu,
            TelegramStatus status,
            Backoff backoff,
            Vertx vertx) {
        this.client = client;
        this.transport = transport;
        this.menu = menu;
        this.status = status;
        this.backoff = backoff;
        this.vertx = vertx;
    }

    /** Returns at once; the steps run on timers and callbacks. */
    public synchronized void start() {
        startup = retrying(
                        "getMe",
                        () -> client.call(new GetMe())
                                .invoke(me -> status.botKnown(me.getUserName()))
                                .replaceWithVoid(),
                        1)
                .invoke(() -> menu.register().subscribe().with(done -> LOG.debug("Command menu registered")))
                .chain(() -> retrying("transport start", transport::start, 1))
                .subscribe()
                .with(
                        started -> {
                            status.transportRunning();
                            LOG.infof(
                                    "Telegram ready: mode=%s bot=@%s",
                                    status.mode().label(), status.botUsername().orElse("?"));
                        },
                        failure -> LOG.debugf("Telegram start-up ended: %s", failure.getMessage()));
    }

    /** Stops taking updates, and completes once the transport has finished those in flight. */
    public Uni<Void> stop() {
        synchronized (this) {
            stopping = true;
            status.stopping();
            if (startup != null) {
                startup.cancel();
            }
        }
        return transport.stop();
    }

    private Uni<Void> retrying(String step, Supplier<Uni<Void>> attempt, int failures) {
        return Uni.createFrom().<Void>deferred(attempt::get).onFailure().recoverWithUni(failure -> {
            if (stopping) {
                return Uni.createFrom().failure(failure);
            }
            Duration delay = backoff.after(failures);
            LOG.warnf(
                    "Telegram %s failed, retrying: attempt=%d delay_ms=%d error=\"%s\"",
                    step, failures, delay.toMillis(), failure.getMessage());
            return Delays.sleep(vertx, delay).chain(() -> retrying(step, attempt, failures + 1));
        });
    }
}

package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.update.port.in.AcceptUpdateUseCase;
import io.vipgate.telegram.command.Async;
import io.vipgate.telegram.TelegramObserver;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes an update in for either transport: claims its id (a repeat is not handled again), routes it, and hands a
 * failed one back (releasing the claim) so that Telegram delivers it again. An update that fails
 * {@code maxAttempts} times in a row gets an apology instead: a poison update must not hold up the queue forever.
 */
public final class UpdateIntake {

    private static final Logger LOG = Logger.getLogger(UpdateIntake.class);
    private static final int MAX_TRACKED = 10_000;

    /** How taking in one update ended. */
    public sealed interface Outcome {
        /** Handled; the reply, if any, still has to be sent. */
        record Handled(Optional<BotApiMethod<?>> reply) implements Outcome {
        }

        /** Taken in before: nothing to do. */
        record Duplicate() implements Outcome {
        }

        /** Could not be recorded or handled now: Telegram should deliver it again later. */
        record Unavailable() implements Outcome {
        }
    }

    private final AcceptUpdateUseCase accept;
    private final UpdateRouter router;
    private final int maxAttempts;
    private final TelegramObserver observer;
    private final Map<Integer, Integer> failures = new ConcurrentHashMap<>();
    /** Ids claimed and failed whose claim could not be given back: their redelivery is not a duplicate. */
    private final Set<Integer> unreleased = ConcurrentHashMap.newKeySet();

    public UpdateIntake(AcceptUpdateUseCase accept, UpdateRouter router, int maxAttempts, TelegramObserver observer) {
        this.accept = accept;
        this.router = router;
        this.maxAttempts = maxAttempts;
        this.observer = observer;
    }

    public Uni<Outcome> take(Update update) {
        long started = System.nanoTime();
        return claimAndHandle(update).invoke(outcome -> observer.update(UpdateTypes.of(update),
                outcome.getClass().getSimpleName().toLowerCase(Locale.ROOT), Duration.ofNanos(System.nanoTime() - started)));
    }

    private Uni<Outcome> claimAndHandle(Update update) {
        int id = update.getUpdateId();
        return Async.<Boolean>uni(() -> accept.claim(id))
                .map(Optional::of)
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Update not recorded, asking Telegram to retry: update_id=%d error=\"%s\"", id, failure);
                    return Optional.empty();
                })
                .chain(claimed -> {
                    if (claimed.isEmpty()) {
                        return Uni.createFrom().item(new Outcome.Unavailable());
                    }
                    if (!claimed.get() && unreleased.remove(id)) {
                        LOG.infof("Redelivered update whose claim was never given back, handling it: update_id=%d", id);
                        return handle(update, id);
                    }
                    if (!claimed.get()) {
                        LOG.debugf("Duplicate update ignored: update_id=%d", id);
                        return Uni.createFrom().item(new Outcome.Duplicate());
                    }
                    return handle(update, id);
                });
    }

    private Uni<Outcome> handle(Update update, int id) {
        return Uni.createFrom().deferred(() -> router.route(update))
                .<Outcome>map(reply -> {
                    failures.remove(id);
                    return new Outcome.Handled(reply);
                })
                .onFailure().recoverWithUni(failure -> failed(update, id, failure));
    }

    private Uni<Outcome> failed(Update update, int id, Throwable failure) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        int attempts = failures.merge(id, 1, Integer::sum);
        if (attempts >= maxAttempts) {
            failures.remove(id);
            LOG.errorf(failure, "Update failed %d times, giving up with an apology: update_id=%d", attempts, id);
            return Uni.createFrom().item(new Outcome.Handled(router.apology(update)));
        }
        LOG.warnf("Update failed, handing it back to Telegram: update_id=%d attempt=%d error=\"%s\"", id, attempts,
                failure);
        return Async.<Void>uni(() -> accept.release(id))
                .onFailure().invoke(e -> {
                    LOG.warnf("Could not release update %d, will handle its redelivery anyway: %s", id, e);
                    if (unreleased.size() < MAX_TRACKED) {
                        unreleased.add(id);
                    }
                })
                .onItemOrFailure().transform((ignored, e) -> new Outcome.Unavailable());
    }
}

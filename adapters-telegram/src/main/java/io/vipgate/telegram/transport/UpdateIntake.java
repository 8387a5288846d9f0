package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.update.port.in.AcceptUpdateUseCase;
import io.vipgate.application.update.port.out.UpdateClaim;
import io.vipgate.telegram.TelegramObserver;
import io.vipgate.telegram.command.Async;
import io.vipgate.telegram.inbound.Update;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * Takes an update in for either transport: claims its id, routes it, and leaves the claim to be marked done by
 * {@link #settle} once the answer went out. A repeat of a done update is not handled again; one claimed and not
 * done (handled here right now, or elsewhere) is handed back to Telegram, as is a failed one. An outage never
 * counts against the update; a handler that fails {@code maxAttempts} times in a row on a healthy system gets an
 * apology instead: a poison update must not hold up the queue forever.
 */
public final class UpdateIntake {

    private static final Logger LOG = Logger.getLogger(UpdateIntake.class);
    private static final int MAX_TRACKED = 10_000;

    /** How taking in one update ended. */
    public sealed interface Outcome {
        /** Handled and still claimed; the reply, if any, has to be sent, then the update {@link #settle}d. */
        record Handled(Optional<BotApiMethod<?>> reply) implements Outcome {}

        /** Handled before: nothing to do. */
        record Duplicate() implements Outcome {}

        /** Could not be recorded or handled now, or is being handled: Telegram should deliver it again later. */
        record Unavailable() implements Outcome {}
    }

    private final AcceptUpdateUseCase accept;
    private final UpdateRouter router;
    private final int maxAttempts;
    private final Outages outages;
    private final TelegramObserver observer;
    private final Map<Integer, Integer> failures = new ConcurrentHashMap<>();
    /** Ids this process is handling now: a redelivery meanwhile is busy, whatever the log says. */
    private final Set<Integer> inFlight = ConcurrentHashMap.newKeySet();

    public UpdateIntake(
            AcceptUpdateUseCase accept,
            UpdateRouter router,
            int maxAttempts,
            Outages outages,
            TelegramObserver observer) {
        this.accept = accept;
        this.router = router;
        this.maxAttempts = maxAttempts;
        this.outages = outages;
        this.observer = observer;
    }

    public Uni<Outcome> take(Update update) {
        long started = System.nanoTime();
        return claimAndHandle(update)
                .invoke(outcome -> observer.update(
                        UpdateTypes.of(update),
                        outcome.getClass().getSimpleName().toLowerCase(Locale.ROOT),
                        Duration.ofNanos(System.nanoTime() - started)));
    }

    /**
     * Ends the handling of an update {@code take} answered {@link Outcome.Handled}: marks it done, so a redelivery
     * is a duplicate. Never fails: a done mark that cannot be written leaves a claim a redelivery may take over.
     */
    public Uni<Void> settle(Update update) {
        int id = update.updateId();
        return Async.<Void>uni(() -> accept.done(id))
                .onFailure()
                .invoke(e -> LOG.warnf("Update handled but not marked done: update_id=%d error=\"%s\"", id, e))
                .onItemOrFailure()
                .transform((ignored, e) -> {
                    inFlight.remove(id);
                    return (Void) null;
                });
    }

    /**
     * Ends the handling of an update {@code take} answered {@link Outcome.Handled} whose answer never reached
     * Telegram (the response could not be written): gives the claim back, so the redelivery is handled again.
     */
    public void abandon(Update update) {
        int id = update.updateId();
        LOG.warnf("Update handled but its answer was not delivered, handing it back to Telegram: update_id=%d", id);
        handBack(id);
        inFlight.remove(id);
    }

    private Uni<Outcome> claimAndHandle(Update update) {
        int id = update.updateId();
        if (!inFlight.add(id)) {
            LOG.debugf("Update redelivered while being handled, asking Telegram to retry: update_id=%d", id);
            return Uni.createFrom().item(new Outcome.Unavailable());
        }
        return Async.<UpdateClaim>uni(() -> accept.claim(id))
                .map(Optional::of)
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf("Update not recorded, asking Telegram to retry: update_id=%d error=\"%s\"", id, failure);
                    return Optional.empty();
                })
                .chain(claim -> switch (claim.orElse(UpdateClaim.BUSY)) {
                    case CLAIMED -> handle(update, id);
                    case DONE -> {
                        LOG.debugf("Duplicate update ignored: update_id=%d", id);
                        yield Uni.createFrom().item(new Outcome.Duplicate());
                    }
                    case BUSY -> {
                        if (claim.isPresent()) {
                            LOG.infof(
                                    "Update claimed elsewhere and not done yet, asking Telegram to retry: "
                                            + "update_id=%d",
                                    id);
                        }
                        yield Uni.createFrom().item(new Outcome.Unavailable());
                    }
                })
                .invoke(outcome -> {
                    if (!(outcome instanceof Outcome.Handled)) {
                        inFlight.remove(id);
                    }
                })
                .onFailure()
                .invoke(() -> inFlight.remove(id));
    }

    private Uni<Outcome> handle(Update update, int id) {
        return Uni.createFrom()
                .deferred(() -> router.route(update))
                .<Outcome>map(reply -> {
                    failures.remove(id);
                    return new Outcome.Handled(reply);
                })
                .onFailure()
                .recoverWithUni(failure -> outages.isOutage(failure)
                        .chain(outage -> outage ? outage(id, failure) : failed(update, id, failure)));
    }

    private Uni<Outcome> outage(int id, Throwable failure) {
        LOG.warnf(
                "Update not handled during an outage, asking Telegram to retry (not counted as a failure): "
                        + "update_id=%d error=\"%s\"",
                id, failure);
        return handBack(id);
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
        LOG.warnf(
                "Update failed, handing it back to Telegram: update_id=%d attempt=%d error=\"%s\"",
                id, attempts, failure);
        return handBack(id);
    }

    /**
     * Gives the claim back without waiting: its redelivery here takes this owner's claim again anyway, and another
     * replica would take it after the handling timeout even if the release is lost.
     */
    private Uni<Outcome> handBack(int id) {
        Async.<Void>uni(() -> accept.release(id))
                .subscribe()
                .with(
                        ignored -> {},
                        e -> LOG.warnf("Could not release update %d; its claim stays this process's: %s", id, e));
        return Uni.createFrom().item(new Outcome.Unavailable());
    }
}

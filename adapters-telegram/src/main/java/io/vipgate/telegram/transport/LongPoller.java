package io.vipgate.telegram.transport;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.vertx.mutiny.core.Vertx;
import io.vipgate.telegram.client.BotApiClient;
import io.vipgate.telegram.inbound.Update;
import io.vipgate.telegram.inbound.Updates;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;

/**
 * The long-polling transport: {@code getUpdates} in a loop, updates handled one after another, the offset moved
 * only past those handled, so that a crash or an outage re-delivers rather than loses. Failures back off.
 */
public final class LongPoller implements Transport {

    private static final Logger LOG = Logger.getLogger(LongPoller.class);
    private static final int LIMIT = 100;

    private enum State {
        IDLE,
        POLLING,
        HANDLING,
        WAITING,
        STOPPED
    }

    private final BotApiClient client;
    private final PollBatch batch;
    private final ReplySender replies;
    private final TransportSettings settings;
    private final Vertx vertx;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private State state = State.IDLE;
    private volatile boolean stopping;
    private Cancellable poll;
    private long timer;
    private int failures;

    public LongPoller(
            BotApiClient client, UpdateIntake intake, ReplySender replies, TransportSettings settings, Vertx vertx) {
        this.client = client;
        this.batch = new PollBatch(intake, replies);
        this.replies = replies;
        this.settings = settings;
        this.vertx = vertx;
    }

    /** Drops any webhook (Telegram refuses getUpdates while one is set), then starts the loop. */
    @Override
    public Uni<Void> start() {
        return client.call(DeleteWebhook.builder().dropPendingUpdates(false).build())
                .invoke(() -> {
                    LOG.infof(
                            "Long polling started: timeout_s=%d",
                            settings.pollTimeout().toSeconds());
                    next(Duration.ZERO);
                })
                .replaceWithVoid();
    }

    @Override
    public Uni<Void> stop() {
        synchronized (this) {
            stopping = true;
            switch (state) {
                case IDLE, STOPPED -> finish();
                case WAITING -> {
                    vertx.cancelTimer(timer);
                    finish();
                }
                case POLLING -> {
                    // Not yet handled, so not confirmed: Telegram delivers these updates again after the restart.
                    if (poll != null) {
                        poll.cancel();
                    }
                    finish();
                }
                case HANDLING -> {}
            }
        }
        return Uni.createFrom().completionStage(stopped).chain(replies::drain);
    }

    private synchronized void next(Duration delay) {
        if (stopping) {
            finish();
        } else if (delay.isZero()) {
            poll();
        } else {
            state = State.WAITING;
            timer = vertx.setTimer(Math.max(1, delay.toMillis()), id -> poll());
        }
    }

    private synchronized void poll() {
        if (stopping) {
            finish();
            return;
        }
        state = State.POLLING;
        GetUpdates request = GetUpdates.builder()
                .offset(batch.offset())
                .limit(LIMIT)
                .timeout((int) settings.pollTimeout().toSeconds())
                .allowedUpdates(TransportSettings.ALLOWED_UPDATES)
                .build();
        poll = client.call(request, Updates.GET_UPDATES).subscribe().with(this::onBatch, this::onPollFailure);
    }

    private void onBatch(List<Update> updates) {
        synchronized (this) {
            if (stopping) {
                finish();
                return;
            }
            state = State.HANDLING;
        }
        batch.handle(updates, () -> stopping)
                .subscribe()
                .with(allHandled -> afterBatch(updates.isEmpty(), allHandled), failure -> afterBatch(false, false));
    }

    private void afterBatch(boolean empty, boolean allHandled) {
        if (allHandled) {
            failures = 0;
            next(empty ? settings.idlePause() : Duration.ZERO);
        } else {
            next(settings.pollBackoff().after(++failures));
        }
    }

    private void onPollFailure(Throwable failure) {
        Duration delay = settings.pollBackoff().after(++failures);
        LOG.warnf(
                "getUpdates failed, retrying: attempt=%d delay_ms=%d error=\"%s\"",
                failures, delay.toMillis(), failure.getMessage());
        next(delay);
    }

    private synchronized void finish() {
        state = State.STOPPED;
        stopped.complete(null);
    }
}

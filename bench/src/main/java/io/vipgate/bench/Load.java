package io.vipgate.bench;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Drives the webhook three ways. Open loop: a fixed arrival rate whatever the answers, each latency measured from
 * the moment the request was meant to go out, so that a stall shows in full instead of slowing the sender down
 * (coordinated omission). Closed loop: N connections, each sending again as soon as it is answered, to find the
 * saturation throughput. Burst: everything at once, to time how long a pile of updates takes to drain.
 */
public final class Load {

    /** How long a step waits for answers still in flight once it has sent everything. */
    private static final Duration DRAIN = Duration.ofSeconds(15);

    private final Vertx vertx;
    private final Webhook webhook;

    public Load(Vertx vertx, Webhook webhook) {
        this.vertx = vertx;
        this.webhook = webhook;
    }

    /** Sends {@code rate} updates a second for {@code duration} on a 1 ms tick; returns once all are answered. */
    public Tally openLoop(double rate, Duration duration, Supplier<Updates.Update> next) throws Exception {
        Tally tally = new Tally();
        long total = Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
        double intervalNanos = 1e9 / rate;
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicLong answered = new AtomicLong();
        Context context = vertx.getOrCreateContext();
        context.runOnContext(ignored -> {
            long start = System.nanoTime();
            long[] sent = {0};
            vertx.setPeriodic(1, timer -> {
                long now = System.nanoTime();
                while (sent[0] < total && start + (long) (sent[0] * intervalNanos) <= now) {
                    long intended = start + (long) (sent[0] * intervalNanos);
                    sent[0]++;
                    tally.countSent();
                    tally.sendLag(now - intended);
                    webhook.post(next.get().body(), false).onSuccess(answer -> {
                        tally.record(intended, answer);
                        if (answered.incrementAndGet() == total) {
                            done.complete(null);
                        }
                    });
                }
                if (sent[0] == total) {
                    vertx.cancelTimer(timer);
                }
            });
        });
        await(done, duration.plus(DRAIN));
        return tally;
    }

    /** {@code connections} senders, each posting again as soon as it is answered, for {@code duration}. */
    public Tally closedLoop(int connections, Duration duration, Supplier<Updates.Update> next) throws Exception {
        Tally tally = new Tally();
        long end = System.nanoTime() + duration.toNanos();
        AtomicInteger running = new AtomicInteger(connections);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Context context = vertx.getOrCreateContext();
        for (int i = 0; i < connections; i++) {
            context.runOnContext(ignored -> sendNext(tally, end, next, running, done));
        }
        await(done, duration.plus(DRAIN));
        return tally;
    }

    /** Posts every update of {@code updates} at once (the pool bounds how many are in flight). */
    public Tally burst(List<Updates.Update> updates, Duration limit) throws Exception {
        Tally tally = new Tally();
        AtomicLong answered = new AtomicLong();
        CompletableFuture<Void> done = new CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(ignored -> {
            long start = System.nanoTime();
            for (Updates.Update update : updates) {
                tally.countSent();
                webhook.post(update.body(), false).onSuccess(answer -> {
                    tally.record(start, answer);
                    if (answered.incrementAndGet() == updates.size()) {
                        done.complete(null);
                    }
                });
            }
        });
        await(done, limit);
        return tally;
    }

    private void sendNext(Tally tally, long end, Supplier<Updates.Update> next, AtomicInteger running,
                          CompletableFuture<Void> done) {
        if (System.nanoTime() - end >= 0) {
            if (running.decrementAndGet() == 0) {
                done.complete(null);
            }
            return;
        }
        long sent = System.nanoTime();
        tally.countSent();
        webhook.post(next.get().body(), false).onSuccess(answer -> {
            tally.record(sent, answer);
            sendNext(tally, end, next, running, done);
        });
    }

    private static void await(CompletableFuture<Void> done, Duration limit) throws Exception {
        try {
            done.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException late) {
            // the tally shows what came back in time; the rest counts as missing in the result
        }
    }
}

package io.vipgate.bench;

import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Sends updates at a fixed rate and redelivers each one like Telegram does until it gets a 2xx: after a 5xx, a
 * network error or a timeout, again after 0.25 s, 0.5 s, 1 s, then every 2 s. Remembers, per update id, every
 * status it got and how many answers carried a reply, which is how the drills tell "handled" from "duplicate".
 */
public final class Redelivery {

    /** What happened to one update. */
    public static final class Fate {
        final List<Integer> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
        final AtomicInteger replies = new AtomicInteger();
        /** The bodies of the 2xx answers that carried a reply, when the redelivery keeps them. */
        final List<String> replyBodies = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile boolean delivered;
    }

    private final Vertx vertx;
    private final Webhook webhook;
    private final Map<Integer, Fate> fates = new ConcurrentHashMap<>();
    private final AtomicLong firstTryFailures = new AtomicLong();
    private final boolean keepReplies;

    public Redelivery(Vertx vertx, Webhook webhook) {
        this(vertx, webhook, false);
    }

    /** With {@code keepReplies}, every reply body a 2xx carried is kept, for drills that read what users were told. */
    public Redelivery(Vertx vertx, Webhook webhook, boolean keepReplies) {
        this.vertx = vertx;
        this.webhook = webhook;
        this.keepReplies = keepReplies;
    }

    /** Sends {@code rate}/s for {@code duration}, then waits up to {@code settle} for every update to be delivered. */
    public void run(double rate, Duration duration, Duration settle, Supplier<Updates.Update> next) throws Exception {
        long total = Math.round(rate * duration.toSeconds());
        CountDownLatch delivered = new CountDownLatch((int) total);
        double interval = 1e9 / rate;
        long start = System.nanoTime();
        vertx.getOrCreateContext().runOnContext(ignored -> {
            long[] sent = {0};
            vertx.setPeriodic(1, timer -> {
                while (sent[0] < total && start + (long) (sent[0] * interval) <= System.nanoTime()) {
                    sent[0]++;
                    Updates.Update update = next.get();
                    Fate fate = new Fate();
                    fates.put(update.id(), fate);
                    attempt(update, fate, 0, delivered);
                }
                if (sent[0] == total) {
                    vertx.cancelTimer(timer);
                }
            });
        });
        delivered.await(duration.plus(settle).toMillis(), TimeUnit.MILLISECONDS);
    }

    private void attempt(Updates.Update update, Fate fate, int n, CountDownLatch delivered) {
        webhook.post(update.body(), keepReplies).onSuccess(answer -> {
            fate.statuses.add(answer.status());
            if (answer.replied()) {
                fate.replies.incrementAndGet();
                if (keepReplies && answer.ok()) {
                    fate.replyBodies.add(answer.body());
                }
            }
            if (answer.ok()) {
                fate.delivered = true;
                delivered.countDown();
                return;
            }
            if (n == 0) {
                firstTryFailures.incrementAndGet();
            }
            long delay = n == 0 ? 250 : n == 1 ? 500 : n == 2 ? 1000 : 2000;
            vertx.setTimer(delay, id -> attempt(update, fate, n + 1, delivered));
        });
    }

    public Map<Integer, Fate> fates() {
        return fates;
    }

    public long firstTryFailures() {
        return firstTryFailures.get();
    }

    /** Counts across all updates: sent, delivered, redelivered, statuses seen, and replies (0, 1, more). */
    public Map<String, Object> tally() {
        Map<String, Object> tally = new java.util.LinkedHashMap<>();
        Map<Integer, Long> statuses = new java.util.TreeMap<>();
        long notDelivered = 0;
        long noReply = 0;
        long oneReply = 0;
        long moreReplies = 0;
        long redelivered = 0;
        for (Fate fate : fates.values()) {
            fate.statuses.forEach(status -> statuses.merge(status, 1L, Long::sum));
            notDelivered += fate.delivered ? 0 : 1;
            redelivered += fate.statuses.size() > 1 ? 1 : 0;
            int replies = fate.replies.get();
            if (replies == 0) {
                noReply++;
            } else if (replies == 1) {
                oneReply++;
            } else {
                moreReplies++;
            }
        }
        tally.put("sent", fates.size());
        tally.put("notDelivered", notDelivered);
        tally.put("redelivered", redelivered);
        tally.put("answersByStatus", statuses);
        tally.put("handledOnce", oneReply);
        tally.put("neverHandled", noReply);
        tally.put("handledMoreThanOnce", moreReplies);
        return tally;
    }
}

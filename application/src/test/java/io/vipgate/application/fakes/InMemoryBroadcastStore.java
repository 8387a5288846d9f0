package io.vipgate.application.fakes;

import io.vipgate.application.broadcast.port.out.BroadcastJob;
import io.vipgate.application.broadcast.port.out.BroadcastProgress;
import io.vipgate.application.broadcast.port.out.BroadcastStore;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.domain.user.BotUser;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Broadcasts and recipients in memory, with the same holds and in-flight marks as the tables. */
public final class InMemoryBroadcastStore implements BroadcastStore {

    /** A recipient's state: PENDING, SENDING, or the delivery's name. */
    private record Recipient(String status, Lease lease) {}

    private static final class Saved {
        BroadcastJob job;
        Lease hold;
        boolean done;
        final Map<Long, Recipient> recipients = new TreeMap<>();
    }

    private final InMemorySubscriptionRepository subscriptions;
    private final InMemoryUserRepository users;
    private final Map<Long, Saved> broadcasts = new LinkedHashMap<>();

    public InMemoryBroadcastStore(InMemorySubscriptionRepository subscriptions, InMemoryUserRepository users) {
        this.subscriptions = subscriptions;
        this.users = users;
    }

    @Override
    public synchronized CompletionStage<Optional<BroadcastJob>> create(
            long adminId, String text, Instant now, Lease hold) {
        Saved saved = new Saved();
        subscriptions.all().stream()
                .filter(s -> s.isActiveAt(now))
                .filter(s -> users.get(s.userId()).map(BotUser::reachable).orElse(true))
                .forEach(s -> saved.recipients.put(s.userId(), new Recipient("PENDING", null)));
        if (saved.recipients.isEmpty()) {
            return done(Optional.empty());
        }
        saved.job = new BroadcastJob(broadcasts.size() + 1L, adminId, text, saved.recipients.size(), Optional.empty());
        saved.hold = hold;
        broadcasts.put(saved.job.id(), saved);
        return done(Optional.of(saved.job));
    }

    @Override
    public synchronized CompletionStage<Void> ready(long broadcastId, Optional<Long> progressMessageId, Lease hold) {
        Saved saved = broadcasts.get(broadcastId);
        if (heldBy(saved, hold)) {
            BroadcastJob job = saved.job;
            saved.job = new BroadcastJob(job.id(), job.adminId(), job.text(), job.total(), progressMessageId);
            saved.hold = null;
        }
        return done(null);
    }

    @Override
    public synchronized CompletionStage<Optional<BroadcastJob>> claimOpen(Instant now, Lease lease) {
        Optional<Saved> open = broadcasts.values().stream()
                .filter(saved -> !saved.done
                        && (saved.hold == null || !saved.hold.until().isAfter(now)))
                .min(Comparator.comparing(saved -> saved.job.id()));
        open.ifPresent(saved -> saved.hold = lease);
        return done(open.map(saved -> saved.job));
    }

    @Override
    public synchronized CompletionStage<Boolean> renew(long broadcastId, Lease lease) {
        Saved saved = broadcasts.get(broadcastId);
        boolean kept = heldBy(saved, lease);
        if (kept) {
            saved.hold = lease;
        }
        return done(kept);
    }

    @Override
    public synchronized CompletionStage<Optional<BotUser>> nextRecipient(long broadcastId, Lease lease) {
        Saved saved = broadcasts.get(broadcastId);
        if (!heldBy(saved, lease)) {
            // as the SQL: only the runner holding the broadcast gets recipients, so one that lost it stops at once
            return done(Optional.empty());
        }
        Optional<Long> next = saved.recipients.entrySet().stream()
                .filter(entry -> entry.getValue().status().equals("PENDING"))
                .map(Map.Entry::getKey)
                .findFirst();
        next.ifPresent(userId -> saved.recipients.put(userId, new Recipient("SENDING", lease)));
        return done(next.map(userId -> users.get(userId).orElseGet(() -> BotUser.seen(userId, "", null, null, null))));
    }

    @Override
    public synchronized CompletionStage<Void> recordDelivery(long broadcastId, long userId, Delivery outcome) {
        broadcasts.get(broadcastId).recipients.put(userId, new Recipient(outcome.name(), null));
        return done(null);
    }

    @Override
    public synchronized CompletionStage<BroadcastProgress> progress(long broadcastId) {
        return done(progressOf(broadcasts.get(broadcastId)));
    }

    @Override
    public synchronized CompletionStage<Optional<BroadcastProgress>> close(long broadcastId, Lease lease, Instant now) {
        Saved saved = broadcasts.get(broadcastId);
        boolean busy = saved.recipients.values().stream()
                .anyMatch(r -> r.status().equals("PENDING")
                        || r.status().equals("SENDING") && r.lease().until().isAfter(now));
        if (saved.done || !heldBy(saved, lease) || busy) {
            return done(Optional.empty());
        }
        saved.recipients.replaceAll((userId, r) -> r.status().equals("SENDING") ? new Recipient("FAILED", null) : r);
        saved.done = true;
        saved.hold = null;
        return done(Optional.of(progressOf(saved)));
    }

    /** The state of each recipient of a broadcast: PENDING, SENDING, SENT, BLOCKED or FAILED. */
    public synchronized Map<Long, String> recipients(long broadcastId) {
        Map<Long, String> states = new TreeMap<>();
        broadcasts.get(broadcastId).recipients.forEach((userId, r) -> states.put(userId, r.status()));
        return states;
    }

    public synchronized boolean isDone(long broadcastId) {
        return broadcasts.get(broadcastId).done;
    }

    private static boolean heldBy(Saved saved, Lease lease) {
        return saved != null && saved.hold != null && saved.hold.owner().equals(lease.owner());
    }

    private static BroadcastProgress progressOf(Saved saved) {
        Map<String, Long> counts = new TreeMap<>();
        saved.recipients.values().forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return new BroadcastProgress(
                saved.job.id(),
                saved.job.total(),
                counts.getOrDefault("SENT", 0L).intValue(),
                counts.getOrDefault("BLOCKED", 0L).intValue(),
                counts.getOrDefault("FAILED", 0L).intValue());
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}

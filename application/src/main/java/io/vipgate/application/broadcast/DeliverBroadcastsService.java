package io.vipgate.application.broadcast;

import io.vipgate.application.broadcast.port.in.DeliverBroadcastsUseCase;
import io.vipgate.application.broadcast.port.out.BroadcastJob;
import io.vipgate.application.broadcast.port.out.BroadcastProgress;
import io.vipgate.application.broadcast.port.out.BroadcastReporter;
import io.vipgate.application.broadcast.port.out.BroadcastStore;
import io.vipgate.application.jobs.AsyncLoop;
import io.vipgate.application.jobs.JobSettings;
import io.vipgate.application.jobs.JobTally;
import io.vipgate.application.jobs.LeasedBatches;
import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.application.jobs.port.out.Lease;
import io.vipgate.application.messaging.port.out.Delivery;
import io.vipgate.application.messaging.port.out.Notice;
import io.vipgate.application.messaging.port.out.Notifier;
import io.vipgate.application.user.KnownUsers;
import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.user.BotUser;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Sends saved broadcasts on, one recipient at a time through the paced notifier, so a 429 holds the whole
 * broadcast for its retry_after. Each recipient is marked in flight before the send: after a crash the next runner
 * skips them (counted as failed) rather than risk a second copy. One runner holds a broadcast at a time, so replicas
 * do not add up their send rates; the admin's progress message is edited after every batch.
 */
public final class DeliverBroadcastsService implements DeliverBroadcastsUseCase {

    private final BroadcastStore store;
    private final UserRepository users;
    private final Notifier notifier;
    private final BroadcastReporter reporter;
    private final JobSettings job;
    private final Clock clock;

    public DeliverBroadcastsService(
            BroadcastStore store,
            UserRepository users,
            Notifier notifier,
            BroadcastReporter reporter,
            JobSettings job,
            Clock clock) {
        this.store = store;
        this.users = users;
        this.notifier = notifier;
        this.reporter = reporter;
        this.job = job;
        this.clock = clock;
    }

    @Override
    public CompletionStage<JobRun> deliver() {
        JobTally tally = new JobTally();
        return AsyncLoop.whileTrue(() -> {
                    Lease lease = Lease.fresh(clock.instant(), job.lease());
                    return store.claimOpen(clock.instant(), lease)
                            .thenCompose(open -> open.isEmpty()
                                    ? CompletableFuture.completedFuture(false)
                                    : send(open.get(), lease, tally).thenApply(ignored -> true));
                })
                .thenApply(ignored -> tally.run());
    }

    private CompletionStage<Void> send(BroadcastJob broadcast, Lease first, JobTally tally) {
        Run run = new Run(broadcast, new AtomicReference<>(first), new AtomicReference<>());
        return KnownUsers.find(users, broadcast.adminId())
                .thenCompose(admin -> AsyncLoop.whileTrue(() -> batch(run, tally)
                                .thenCompose(more -> show(run, admin, () -> store.progress(broadcast.id()))
                                        .thenCompose(shown -> more ? renew(run) : done(false))))
                        .thenCompose(
                                sent -> store.close(broadcast.id(), run.lease().get(), clock.instant()))
                        .thenCompose(closed -> closed.isEmpty()
                                ? done(null)
                                : show(run, admin, () -> done(closed.get()))
                                        .thenCompose(shown -> quietly(() -> reporter.finished(admin, closed.get())))));
    }

    /** Up to a batch of recipients; true when the batch was full, so that more may be waiting. */
    private CompletionStage<Boolean> batch(Run run, JobTally tally) {
        AtomicInteger tried = new AtomicInteger();
        AtomicBoolean exhausted = new AtomicBoolean();
        return AsyncLoop.whileTrue(() -> tried.get() >= job.batchSize()
                        ? done(false)
                        : store.nextRecipient(run.broadcast().id(), run.lease().get())
                                .thenCompose(next -> {
                                    if (next.isEmpty()) {
                                        exhausted.set(true);
                                        return done(false);
                                    }
                                    tried.incrementAndGet();
                                    return deliver(run.broadcast(), next.get(), tally)
                                            .thenApply(delivered -> true);
                                }))
                .thenApply(ignored -> !exhausted.get());
    }

    private CompletionStage<Void> deliver(BroadcastJob broadcast, BotUser recipient, JobTally tally) {
        CompletionStage<Delivery> outcome = recipient.reachable()
                ? LeasedBatches.attempt(() -> notifier.send(recipient, new Notice.Broadcast(broadcast.text())))
                        .exceptionally(failure -> Delivery.FAILED)
                : done(Delivery.BLOCKED);
        return outcome.thenCompose(delivery -> {
            if (delivery == Delivery.SENT) {
                tally.done();
            } else {
                tally.failed(recipient.id(), delivery.name().toLowerCase(Locale.ROOT));
            }
            return store.recordDelivery(broadcast.id(), recipient.id(), delivery);
        });
    }

    private CompletionStage<Boolean> renew(Run run) {
        Lease renewed = run.lease().get().renewed(clock.instant(), job.lease());
        return store.renew(run.broadcast().id(), renewed).thenApply(kept -> {
            if (kept) {
                run.lease().set(renewed);
            }
            return kept;
        });
    }

    /** Edits the admin's progress message, unless it already shows these numbers. */
    private CompletionStage<Void> show(Run run, BotUser admin, Supplier<CompletionStage<BroadcastProgress>> progress) {
        if (run.broadcast().progressMessageId().isEmpty()) {
            return done(null);
        }
        long messageId = run.broadcast().progressMessageId().get();
        return quietly(() -> progress.get()
                .thenCompose(now -> now.equals(run.shown().getAndSet(now))
                        ? done(null)
                        : reporter.progress(admin, messageId, now)));
    }

    /** Telling the admin is never worth stopping a broadcast for. */
    private static CompletionStage<Void> quietly(Supplier<CompletionStage<Void>> report) {
        return LeasedBatches.attempt(report).exceptionally(failure -> null);
    }

    private static <T> CompletionStage<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    /** One runner's hold on one broadcast, and what the admin was last shown. */
    private record Run(
            BroadcastJob broadcast, AtomicReference<Lease> lease, AtomicReference<BroadcastProgress> shown) {}
}

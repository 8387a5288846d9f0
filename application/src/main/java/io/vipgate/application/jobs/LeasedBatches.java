package io.vipgate.application.jobs;

import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.application.jobs.port.out.Lease;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Works a job through its due rows: claims a batch under a fresh lease, handles the rows one by one while the lease
 * has time left, gives back what it did not reach, and claims again until a short batch says nothing is left. A row
 * that fails is given back with a delay and does not stop the others.
 */
public final class LeasedBatches<T> {

    /** One job's rows. */
    public interface Rows<T> {

        CompletionStage<List<T>> claim(Instant now, int limit, Lease lease);

        /** Acts on one claimed row and completes it; a failed stage leaves it for a retry. */
        CompletionStage<Void> handle(T row, Lease lease);

        CompletionStage<Void> release(T row, Lease lease, Instant retryAt);

        long userId(T row);
    }

    /** A row that did not go through and should be tried again later; the message says why. */
    public static final class RetryLater extends RuntimeException {

        public RetryLater(String message) {
            super(message, null, false, false);
        }
    }

    private final Rows<T> rows;
    private final JobSettings settings;
    private final Clock clock;

    public LeasedBatches(Rows<T> rows, JobSettings settings, Clock clock) {
        this.rows = rows;
        this.settings = settings;
        this.clock = clock;
    }

    public CompletionStage<JobRun> run() {
        JobTally tally = new JobTally();
        return AsyncLoop.whileTrue(() -> batch(tally)).thenApply(ignored -> tally.run());
    }

    /** Claims and works one batch; true when it was full and fully worked, so that more may be waiting. */
    private CompletionStage<Boolean> batch(JobTally tally) {
        Instant now = clock.instant();
        Lease lease = Lease.fresh(now, settings.lease());
        AtomicBoolean ranShort = new AtomicBoolean();
        return rows.claim(now, settings.batchSize(), lease)
                .thenCompose(claimed -> AsyncLoop.forEach(claimed, row -> one(row, lease, ranShort, tally))
                        .thenApply(ignored -> claimed.size() == settings.batchSize() && !ranShort.get()));
    }

    private CompletionStage<Void> one(T row, Lease lease, AtomicBoolean ranShort, JobTally tally) {
        Instant now = clock.instant();
        if (ranShort.get() || now.plus(settings.minimumLeftToStart()).isAfter(lease.until())) {
            ranShort.set(true);
            return quietly(() -> rows.release(row, lease, now));
        }
        return attempt(() -> rows.handle(row, lease))
                .handle((ignored, failure) -> failure)
                .thenCompose(failure -> {
                    if (failure == null) {
                        tally.done();
                        return CompletableFuture.completedFuture(null);
                    }
                    tally.failed(rows.userId(row), JobTally.describe(failure));
                    return quietly(
                            () -> rows.release(row, lease, clock.instant().plus(settings.retryDelay())));
                });
    }

    /** Calls {@code step}, turning a throw into a failed stage. */
    public static <R> CompletionStage<R> attempt(Supplier<? extends CompletionStage<R>> step) {
        try {
            return step.get();
        } catch (RuntimeException failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }

    /** A release that fails changes nothing that matters: the lease runs out and the row is claimable again. */
    private static CompletionStage<Void> quietly(Supplier<? extends CompletionStage<Void>> release) {
        return attempt(release).exceptionally(ignored -> null);
    }
}

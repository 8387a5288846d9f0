package io.vipgate.bootstrap.jobs;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.vipgate.application.broadcast.port.in.DeliverBroadcastsUseCase;
import io.vipgate.application.freechannel.port.in.ApproveFreeRequestsUseCase;
import io.vipgate.application.jobs.port.in.ExpireDueSubscriptionsUseCase;
import io.vipgate.application.jobs.port.in.SendDueRemindersUseCase;
import io.vipgate.application.update.port.in.PruneUpdateLogUseCase;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletionStage;

/**
 * The background jobs on the Quarkus scheduler. Every replica runs them: the claims in PostgreSQL, not the
 * scheduler, keep two replicas off one row. A run still going when its next tick comes is not doubled (SKIP).
 */
@Singleton
public class ScheduledJobs {

    public static final String EXPIRY = "expiry";
    public static final String REMINDERS = "reminders";
    public static final String FREE_APPROVALS = "free-approvals";
    public static final String BROADCASTS = "broadcasts";
    public static final String PRUNE = "prune-update-log";

    private final ExpireDueSubscriptionsUseCase expiry;
    private final SendDueRemindersUseCase reminders;
    private final ApproveFreeRequestsUseCase approvals;
    private final DeliverBroadcastsUseCase broadcasts;
    private final PruneUpdateLogUseCase prune;
    private final JobRecorder recorder;

    ScheduledJobs(
            ExpireDueSubscriptionsUseCase expiry,
            SendDueRemindersUseCase reminders,
            ApproveFreeRequestsUseCase approvals,
            DeliverBroadcastsUseCase broadcasts,
            PruneUpdateLogUseCase prune,
            JobRecorder recorder) {
        this.expiry = expiry;
        this.reminders = reminders;
        this.approvals = approvals;
        this.broadcasts = broadcasts;
        this.prune = prune;
        this.recorder = recorder;
    }

    @Scheduled(
            identity = EXPIRY,
            every = "${vipgate.jobs.expiry-interval}",
            delayed = "2s",
            concurrentExecution = ConcurrentExecution.SKIP)
    CompletionStage<Void> expire() {
        return recorder.run(EXPIRY, expiry::expireDue);
    }

    @Scheduled(
            identity = REMINDERS,
            every = "${vipgate.jobs.reminder-interval}",
            delayed = "2s",
            concurrentExecution = ConcurrentExecution.SKIP)
    CompletionStage<Void> remind() {
        return recorder.run(REMINDERS, reminders::sendDue);
    }

    @Scheduled(
            identity = FREE_APPROVALS,
            every = "${vipgate.jobs.free-approval-interval}",
            delayed = "2s",
            concurrentExecution = ConcurrentExecution.SKIP)
    CompletionStage<Void> approve() {
        return recorder.run(FREE_APPROVALS, approvals::approveDue);
    }

    @Scheduled(
            identity = BROADCASTS,
            every = "${vipgate.jobs.broadcast-interval}",
            delayed = "2s",
            concurrentExecution = ConcurrentExecution.SKIP)
    CompletionStage<Void> broadcast() {
        return recorder.run(BROADCASTS, broadcasts::deliver);
    }

    @Scheduled(
            identity = PRUNE,
            every = "${vipgate.jobs.prune-interval}",
            delayed = "1m",
            concurrentExecution = ConcurrentExecution.SKIP)
    CompletionStage<Void> pruneUpdateLog() {
        return recorder.run(PRUNE, prune::prune);
    }
}

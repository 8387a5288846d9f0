package io.vipgate.bootstrap.jobs;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.vipgate.application.payment.port.in.ReconcilePaymentsUseCase;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletionStage;

/**
 * Stars reconciliation on the scheduler: every replica may run it, since recording a payment is idempotent per
 * charge id and the shared cursor only moves forward.
 */
@Singleton
public class StarsReconciliationJob {

    public static final String RECONCILE = "stars-reconciliation";

    private final ReconcilePaymentsUseCase reconcile;
    private final JobRecorder recorder;

    StarsReconciliationJob(ReconcilePaymentsUseCase reconcile, JobRecorder recorder) {
        this.reconcile = reconcile;
        this.recorder = recorder;
    }

    @Scheduled(
            identity = RECONCILE,
            every = "${vipgate.store.reconcile-interval}",
            delayed = "30s",
            concurrentExecution = ConcurrentExecution.SKIP)
    CompletionStage<Void> reconcile() {
        return recorder.run(RECONCILE, reconcile::reconcile);
    }
}

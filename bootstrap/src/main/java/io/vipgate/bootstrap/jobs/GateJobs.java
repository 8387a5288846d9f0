package io.vipgate.bootstrap.jobs;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.vipgate.application.gate.port.in.SweepVipChannelUseCase;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletionStage;

/** The VIP gate's sweep on the Quarkus scheduler; a run still going when the next tick comes is not doubled. */
@Singleton
public class GateJobs {

    public static final String SWEEP = "vip-sweep";

    private final SweepVipChannelUseCase sweep;
    private final JobRecorder recorder;

    GateJobs(SweepVipChannelUseCase sweep, JobRecorder recorder) {
        this.sweep = sweep;
        this.recorder = recorder;
    }

    @Scheduled(
            identity = SWEEP,
            every = "${vipgate.jobs.sweep-interval}",
            delayed = "5s",
            concurrentExecution = ConcurrentExecution.SKIP)
    CompletionStage<Void> sweep() {
        return recorder.run(SWEEP, sweep::sweep);
    }
}

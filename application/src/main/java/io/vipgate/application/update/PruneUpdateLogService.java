package io.vipgate.application.update;

import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.application.update.port.in.PruneUpdateLogUseCase;
import io.vipgate.application.update.port.out.UpdateLog;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Keeps the update log to a day: Telegram gives up redelivering an update within 24 hours. */
public final class PruneUpdateLogService implements PruneUpdateLogUseCase {

    public static final Duration RETENTION = Duration.ofDays(1);

    private final UpdateLog log;
    private final Clock clock;

    public PruneUpdateLogService(UpdateLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public CompletionStage<JobRun> prune() {
        return log.forgetBefore(clock.instant().minus(RETENTION))
                .thenApply(
                        forgotten -> new JobRun(Math.toIntExact(Math.min(forgotten, Integer.MAX_VALUE)), 0, List.of()));
    }
}

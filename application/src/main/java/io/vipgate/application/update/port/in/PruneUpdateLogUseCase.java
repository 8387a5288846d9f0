package io.vipgate.application.update.port.in;

import io.vipgate.application.jobs.port.in.JobRun;
import java.util.concurrent.CompletionStage;

/** The housekeeping job: forgets update ids old enough that Telegram will never deliver them again. */
public interface PruneUpdateLogUseCase {

    CompletionStage<JobRun> prune();
}

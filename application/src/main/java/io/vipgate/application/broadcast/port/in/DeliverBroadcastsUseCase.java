package io.vipgate.application.broadcast.port.in;

import io.vipgate.application.jobs.port.in.JobRun;
import java.util.concurrent.CompletionStage;

/** The broadcast job: sends saved broadcasts on, resuming whatever a previous runner left unfinished. */
public interface DeliverBroadcastsUseCase {

    CompletionStage<JobRun> deliver();
}

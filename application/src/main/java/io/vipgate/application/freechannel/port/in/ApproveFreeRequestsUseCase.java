package io.vipgate.application.freechannel.port.in;

import io.vipgate.application.jobs.port.in.JobRun;
import java.util.concurrent.CompletionStage;

/** The free-channel job: approves every join request whose wait is over. */
public interface ApproveFreeRequestsUseCase {

    CompletionStage<JobRun> approveDue();
}

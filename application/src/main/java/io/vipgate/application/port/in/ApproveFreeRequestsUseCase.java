package io.vipgate.application.port.in;

import java.util.concurrent.CompletionStage;

/** The free-channel job: approves every join request whose wait is over. */
public interface ApproveFreeRequestsUseCase {

    CompletionStage<JobRun> approveDue();
}

package io.vipgate.application.jobs.port.in;

import java.util.concurrent.CompletionStage;

/** The expiry job: removes everyone whose VIP time is over from the channel, tells them, and marks them expired. */
public interface ExpireDueSubscriptionsUseCase {

    CompletionStage<JobRun> expireDue();
}

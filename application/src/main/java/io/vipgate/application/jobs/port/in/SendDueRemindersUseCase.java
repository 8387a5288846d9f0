package io.vipgate.application.jobs.port.in;

import java.util.concurrent.CompletionStage;

/** The reminder job: tells subscribers their VIP is about to end, each reminder once per period. */
public interface SendDueRemindersUseCase {

    CompletionStage<JobRun> sendDue();
}

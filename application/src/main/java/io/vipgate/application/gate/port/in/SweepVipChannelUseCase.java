package io.vipgate.application.gate.port.in;

import io.vipgate.application.jobs.port.in.JobRun;
import java.util.concurrent.CompletionStage;

/**
 * The sweep job: asks Telegram about the users the bot believes are in the VIP channel without the right to be
 * there (a {@code chat_member} update lost, an expiry whose ban failed), and removes those still inside.
 */
public interface SweepVipChannelUseCase {

    CompletionStage<JobRun> sweep();
}

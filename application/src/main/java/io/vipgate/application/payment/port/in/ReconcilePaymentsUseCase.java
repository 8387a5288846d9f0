package io.vipgate.application.payment.port.in;

import io.vipgate.application.jobs.port.in.JobRun;
import java.util.concurrent.CompletionStage;

/**
 * The last line against "paid but no access": goes through the bot's Stars transactions and grants every incoming
 * payment that has no payment row (its update was lost), telling the buyer and the admins. Idempotent, so several
 * replicas may run it at once.
 */
public interface ReconcilePaymentsUseCase {

    CompletionStage<JobRun> reconcile();
}

package io.vipgate.application.payment.port.out;

import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.payment.Payment;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Payments and what they do to subscriptions, each method atomic: a payment row and its grant (with the history
 * line) commit together or not at all, so a payment is either granted once or not recorded and delivered again.
 */
public interface PaymentLedger {

    /**
     * Records {@code payment} for {@code plan} and grants its time, marking its order paid. Empty, changing
     * nothing, when a payment with the same charge id was recorded before (by any replica, at any time).
     */
    CompletionStage<Optional<Subscription>> record(
            IncomingPayment payment, Plan plan, Instant now, ReminderSchedule reminders);

    CompletionStage<Optional<Payment>> findPayment(String chargeId);

    /**
     * Marks the payment refunded and takes back the time it added, never before {@code now}. Empty when there is
     * no such payment or it was refunded already.
     */
    CompletionStage<Optional<Refunded>> refund(
            String chargeId, Optional<Long> adminId, Instant now, ReminderSchedule reminders);

    /** The user's newest monthly payment (first or renewal) not refunded, for cancelling its renewals. */
    CompletionStage<Optional<Payment>> latestMonthly(long userId);

    /** Notes that the subscription behind {@code chargeId} will not renew. */
    CompletionStage<Void> markCanceled(String chargeId, Instant now);

    /** Stars received since {@code monthStart} and in all, paying users, monthly subscribers, refunds. */
    CompletionStage<PaymentTotals> totals(Instant monthStart, Instant now);

    /** A refund as recorded: the payment, and the subscription after its time was taken back. */
    record Refunded(Payment payment, Optional<Subscription> after) {}
}

package io.vipgate.application.payment;

import io.vipgate.application.payment.port.out.PaymentLedger;
import io.vipgate.application.payment.port.out.PaymentTotals;
import io.vipgate.application.subscription.port.out.SubscriptionCache;
import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.payment.Payment;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.subscription.ReminderSchedule;
import io.vipgate.domain.subscription.Subscription;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/** Evicts the buyer's cached subscription after every payment write, as the subscription ledger's decorator does. */
public final class EvictingPaymentLedger implements PaymentLedger {

    private final PaymentLedger ledger;
    private final SubscriptionCache cache;

    public EvictingPaymentLedger(PaymentLedger ledger, SubscriptionCache cache) {
        this.ledger = ledger;
        this.cache = cache;
    }

    @Override
    public CompletionStage<Optional<Subscription>> record(
            IncomingPayment payment, Plan plan, Instant now, ReminderSchedule reminders) {
        return evictAfter(payment.userId(), ledger.record(payment, plan, now, reminders));
    }

    @Override
    public CompletionStage<Optional<Payment>> findPayment(String chargeId) {
        return ledger.findPayment(chargeId);
    }

    @Override
    public CompletionStage<Optional<Refunded>> refund(
            String chargeId, Optional<Long> adminId, Instant now, ReminderSchedule reminders) {
        return ledger.refund(chargeId, adminId, now, reminders)
                .thenCompose(done -> done.map(refunded ->
                                evictAfter(refunded.payment().userId(), CompletableFuture.completedFuture(done)))
                        .orElseGet(() -> CompletableFuture.completedFuture(done)));
    }

    @Override
    public CompletionStage<Optional<Payment>> latestMonthly(long userId) {
        return ledger.latestMonthly(userId);
    }

    @Override
    public CompletionStage<Void> markCanceled(String chargeId, Instant now) {
        return ledger.markCanceled(chargeId, now);
    }

    @Override
    public CompletionStage<PaymentTotals> totals(Instant monthStart, Instant now) {
        return ledger.totals(monthStart, now);
    }

    private <T> CompletionStage<T> evictAfter(long userId, CompletionStage<T> write) {
        return write.handle((result, failure) -> CompletableFuture.completedFuture(userId)
                        .thenCompose(cache::evict)
                        .exceptionally(cacheFailure -> null)
                        .thenCompose(evicted -> write))
                .thenCompose(Function.identity());
    }
}

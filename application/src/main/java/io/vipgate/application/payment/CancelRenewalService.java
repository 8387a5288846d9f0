package io.vipgate.application.payment;

import io.vipgate.application.payment.port.in.CancelRenewalUseCase;
import io.vipgate.application.payment.port.out.PaymentLedger;
import io.vipgate.application.payment.port.out.StarPayments;
import io.vipgate.domain.payment.Payment;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Asks Telegram to stop renewing the user's monthly subscription, then notes it; the paid period runs out. */
public final class CancelRenewalService implements CancelRenewalUseCase {

    private final PaymentLedger ledger;
    private final StarPayments stars;
    private final Clock clock;

    public CancelRenewalService(PaymentLedger ledger, StarPayments stars, Clock clock) {
        this.ledger = ledger;
        this.stars = stars;
        this.clock = clock;
    }

    @Override
    public CompletionStage<Cancellation> cancel(long userId) {
        return ledger.latestMonthly(userId).thenCompose(found -> {
            if (found.isEmpty()
                    || found.get()
                            .periodEnd()
                            .filter(end -> end.isAfter(clock.instant()))
                            .isEmpty()) {
                return CompletableFuture.completedFuture(new Cancellation.NotMonthly());
            }
            Payment payment = found.get();
            return stars.cancelRenewals(userId, payment.chargeId())
                    .thenCompose(canceled -> ledger.markCanceled(payment.chargeId(), clock.instant()))
                    .thenApply(marked ->
                            new Cancellation.Canceled(payment.periodEnd().orElseThrow()));
        });
    }
}

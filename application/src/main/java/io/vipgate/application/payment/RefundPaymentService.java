package io.vipgate.application.payment;

import io.vipgate.application.gate.VipRemovals;
import io.vipgate.application.gate.port.out.Removal;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.payment.port.in.RefundPaymentUseCase;
import io.vipgate.application.payment.port.out.PaymentLedger;
import io.vipgate.application.payment.port.out.StarPayments;
import io.vipgate.domain.payment.Payment;
import io.vipgate.domain.subscription.Subscription;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Refunds a payment and takes back its time. Telegram refunds first: a refusal there changes nothing here. The
 * user leaves the channel only once the take-back has committed and left them no time, through the gate's removals
 * (admins stay; a renewal committed before the ban keeps them in); the expiry job then ends the subscription as for
 * any expiry, and tells the admins if Telegram refuses the removal for good.
 */
public final class RefundPaymentService implements RefundPaymentUseCase {

    private final PaymentLedger ledger;
    private final StarPayments stars;
    private final VipRemovals removals;
    private final BotPolicy policy;
    private final Clock clock;

    public RefundPaymentService(
            PaymentLedger ledger, StarPayments stars, VipRemovals removals, BotPolicy policy, Clock clock) {
        this.ledger = ledger;
        this.stars = stars;
        this.removals = removals;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public CompletionStage<RefundOutcome> refund(long adminId, String chargeId) {
        return ledger.findPayment(chargeId).thenCompose(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.completedFuture(new RefundOutcome.UnknownCharge());
            }
            if (found.get().refunded()) {
                return CompletableFuture.completedFuture(new RefundOutcome.AlreadyRefunded());
            }
            return stars.refund(found.get().userId(), chargeId)
                    .thenCompose(refunded -> takeBack(chargeId, Optional.of(adminId)));
        });
    }

    @Override
    public CompletionStage<RefundOutcome> refunded(String chargeId) {
        return takeBack(chargeId, Optional.empty());
    }

    private CompletionStage<RefundOutcome> takeBack(String chargeId, Optional<Long> adminId) {
        Instant now = clock.instant();
        return ledger.refund(chargeId, adminId, now, policy.reminders()).thenCompose(done -> {
            if (done.isEmpty()) {
                return ledger.findPayment(chargeId)
                        .thenApply(found -> found.isEmpty()
                                ? new RefundOutcome.UnknownCharge()
                                : new RefundOutcome.AlreadyRefunded());
            }
            Payment payment = done.get().payment();
            Optional<Subscription> after = done.get().after();
            if (after.isPresent() && after.get().isActiveAt(now)) {
                return CompletableFuture.completedFuture(new RefundOutcome.Refunded(
                        payment.userId(),
                        payment.amount(),
                        Optional.of(after.get().expiresAt())));
            }
            AtomicReference<Optional<Subscription>> atBan = new AtomicReference<>(Optional.empty());
            return removals.remove(payment.userId(), committed -> {
                        atBan.set(committed);
                        return !removals.isActive(committed);
                    })
                    .thenApply(removal -> new RefundOutcome.Refunded(
                            payment.userId(),
                            payment.amount(),
                            removal instanceof Removal.NotWanted
                                    ? atBan.get().map(Subscription::expiresAt)
                                    : Optional.empty()));
        });
    }
}

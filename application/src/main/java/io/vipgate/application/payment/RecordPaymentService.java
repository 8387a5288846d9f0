package io.vipgate.application.payment;

import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase;
import io.vipgate.application.gate.port.in.IssueInviteLinkUseCase.LinkResult;
import io.vipgate.application.messaging.BotPolicy;
import io.vipgate.application.payment.port.in.RecordPaymentUseCase;
import io.vipgate.application.payment.port.out.OrderBook;
import io.vipgate.application.payment.port.out.PaymentLedger;
import io.vipgate.application.payment.port.out.PlanRepository;
import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.payment.PaymentKind;
import io.vipgate.domain.payment.Plan;
import io.vipgate.domain.payment.PurchaseOrder;
import io.vipgate.domain.subscription.InviteLink;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Records a payment once and grants it, then hands out the personal link through the gate's own use case (so its
 * rules on links apply). A repeated delivery grants nothing but still gets a link while the buyer is active: the
 * first delivery's reply may have been lost. A renewal gets no link, the subscriber being in the channel already.
 */
public final class RecordPaymentService implements RecordPaymentUseCase {

    private final OrderBook orders;
    private final PlanRepository plans;
    private final PaymentLedger ledger;
    private final IssueInviteLinkUseCase links;
    private final BotPolicy policy;
    private final Clock clock;

    public RecordPaymentService(
            OrderBook orders,
            PlanRepository plans,
            PaymentLedger ledger,
            IssueInviteLinkUseCase links,
            BotPolicy policy,
            Clock clock) {
        this.orders = orders;
        this.plans = plans;
        this.ledger = ledger;
        this.links = links;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public CompletionStage<PaymentOutcome> record(IncomingPayment payment, String displayName) {
        CompletionStage<Optional<PurchaseOrder>> order = PurchaseOrder.looksLikeId(payment.payload())
                ? orders.find(payment.payload())
                : CompletableFuture.completedFuture(Optional.empty());
        return order.thenCompose(found -> found.filter(o -> o.userId() == payment.userId())
                        .map(o -> plans.find(o.planId()))
                        .orElseGet(() -> CompletableFuture.completedFuture(Optional.empty())))
                .thenCompose(plan -> plan.isEmpty()
                        ? CompletableFuture.completedFuture(new PaymentOutcome.UnknownOrder())
                        : grant(payment, plan.get(), displayName));
    }

    private CompletionStage<PaymentOutcome> grant(IncomingPayment payment, Plan plan, String displayName) {
        boolean renewal = payment.kind(plan.term()) == PaymentKind.RENEWAL;
        return ledger.record(payment, plan, clock.instant(), policy.reminders()).thenCompose(granted -> {
            CompletionStage<Optional<InviteLink>> link = renewal ? none() : link(payment, displayName);
            return link.thenApply(issued -> granted.isPresent()
                    ? new PaymentOutcome.Granted(granted.get().expiresAt(), issued, renewal)
                    : new PaymentOutcome.Duplicate(issued));
        });
    }

    /** The payment stands even when Telegram cannot mint a link now: {@code /link} gets one later. */
    private CompletionStage<Optional<InviteLink>> link(IncomingPayment payment, String displayName) {
        return CompletableFuture.completedFuture(payment.userId())
                .thenCompose(user -> links.issue(user, displayName))
                .thenApply(result -> result instanceof LinkResult.Issued issued
                        ? Optional.of(issued.link())
                        : Optional.<InviteLink>empty())
                .exceptionally(failure -> Optional.empty());
    }

    private static CompletionStage<Optional<InviteLink>> none() {
        return CompletableFuture.completedFuture(Optional.empty());
    }
}

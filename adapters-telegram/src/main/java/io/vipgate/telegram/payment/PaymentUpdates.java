package io.vipgate.telegram.payment;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.payment.port.in.PreCheckoutUseCase;
import io.vipgate.application.payment.port.in.PreCheckoutUseCase.Refusal;
import io.vipgate.application.payment.port.in.PreCheckoutUseCase.Verdict;
import io.vipgate.application.payment.port.in.RecordPaymentUseCase;
import io.vipgate.application.payment.port.in.RecordPaymentUseCase.PaymentOutcome;
import io.vipgate.application.payment.port.in.RefundPaymentUseCase;
import io.vipgate.application.payment.port.in.RefundPaymentUseCase.RefundOutcome;
import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.subscription.InviteLink;
import io.vipgate.telegram.command.Async;
import io.vipgate.telegram.i18n.Html;
import io.vipgate.telegram.i18n.Messages;
import io.vipgate.telegram.i18n.Text;
import io.vipgate.telegram.inbound.PreCheckoutQuery;
import io.vipgate.telegram.inbound.RefundedPayment;
import io.vipgate.telegram.inbound.SuccessfulPayment;
import io.vipgate.telegram.transport.Replies;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.telegram.telegrambots.meta.api.methods.AnswerPreCheckoutQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

/**
 * The payment updates: {@code pre_checkout_query} (answered within Telegram's 10 seconds whatever happens),
 * {@code successful_payment} (a failure to record propagates, so the update is delivered again) and
 * {@code refunded_payment}.
 */
public final class PaymentUpdates {

    private static final Logger LOG = Logger.getLogger(PaymentUpdates.class);
    /** Telegram gives 10 seconds; an answer after 7 is replaced by a refusal to try again, which still arrives. */
    static final Duration PRE_CHECKOUT_BUDGET = Duration.ofSeconds(7);

    private final PreCheckoutUseCase preCheckout;
    private final RecordPaymentUseCase payments;
    private final RefundPaymentUseCase refunds;
    private final StoreObserver observer;

    public PaymentUpdates(
            PreCheckoutUseCase preCheckout,
            RecordPaymentUseCase payments,
            RefundPaymentUseCase refunds,
            StoreObserver observer) {
        this.preCheckout = preCheckout;
        this.payments = payments;
        this.refunds = refunds;
        this.observer = observer;
    }

    Uni<BotApiMethod<?>> preCheckout(PreCheckoutQuery query, Messages m) {
        long userId = query.from().id();
        int amount = query.totalAmount() == null ? 0 : query.totalAmount();
        return Async.<Verdict>uni(() -> preCheckout.check(
                        userId, String.valueOf(query.invoicePayload()), String.valueOf(query.currency()), amount))
                .map(verdict -> switch (verdict) {
                    case Verdict.Accept accept -> Optional.<Text>empty();
                    case Verdict.Refuse refuse -> Optional.of(refusal(refuse.reason()));
                })
                .ifNoItem()
                .after(PRE_CHECKOUT_BUDGET)
                .recoverWithItem(() -> Optional.of(Text.TRY_LATER))
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf("Pre-checkout refused, could not decide it: user_id=%d error=\"%s\"", userId, failure);
                    return Optional.of(Text.TRY_LATER);
                })
                .map(refusal -> {
                    observer.preCheckout(refusal.isEmpty());
                    return refusal.isEmpty()
                            ? AnswerPreCheckoutQuery.builder()
                                    .preCheckoutQueryId(query.id())
                                    .ok(true)
                                    .build()
                            : AnswerPreCheckoutQuery.builder()
                                    .preCheckoutQueryId(query.id())
                                    .ok(false)
                                    .errorMessage(m.plain(refusal.get()))
                                    .build();
                });
    }

    Uni<Optional<BotApiMethod<?>>> paid(
            long chatId, String displayName, long userId, SuccessfulPayment paid, Messages m) {
        if (paid.telegramPaymentChargeId() == null
                || paid.telegramPaymentChargeId().isBlank()) {
            LOG.errorf("A successful_payment without a charge id was ignored: user_id=%d", userId);
            return Uni.createFrom().item(Optional.empty());
        }
        IncomingPayment payment = new IncomingPayment(
                paid.telegramPaymentChargeId(),
                userId,
                paid.totalAmount() == null ? 0 : paid.totalAmount(),
                String.valueOf(paid.currency()),
                String.valueOf(paid.invoicePayload()),
                Optional.ofNullable(paid.subscriptionExpirationDate()).map(Instant::ofEpochSecond),
                Boolean.TRUE.equals(paid.isRecurring()),
                Boolean.TRUE.equals(paid.isFirstRecurring()));
        return Async.<PaymentOutcome>uni(() -> payments.record(payment, displayName))
                .map(outcome -> Optional.of(Replies.message(
                        chatId,
                        switch (outcome) {
                            case PaymentOutcome.Granted granted -> {
                                observer.payment(granted.renewal() ? "renewed" : "granted");
                                LOG.infof(
                                        "Payment granted: user_id=%d amount=%d renewal=%b",
                                        userId, payment.amount(), granted.renewal());
                                yield granted.renewal()
                                        ? m.html(Text.RENEWED, m.date(granted.expiresAt()))
                                        : withLink(m, m.html(Text.PAID, m.date(granted.expiresAt())), granted.link());
                            }
                            case PaymentOutcome.Duplicate duplicate -> {
                                observer.payment("duplicate");
                                yield duplicate
                                        .link()
                                        .map(link -> withLink(m, m.html(Text.PAID_AGAIN), Optional.of(link)))
                                        .orElseGet(() -> m.html(Text.PAID_AGAIN));
                            }
                            case PaymentOutcome.UnknownOrder unknown -> {
                                observer.payment("unmatched");
                                LOG.errorf(
                                        "Payment matches no order of its payer, not granted: user_id=%d charge=%s",
                                        userId, payment.chargeId());
                                yield m.html(Text.PAID_UNMATCHED);
                            }
                        })));
    }

    Uni<Optional<BotApiMethod<?>>> refunded(long chatId, RefundedPayment refund, Messages m) {
        return Async.<RefundOutcome>uni(() -> refunds.refunded(String.valueOf(refund.telegramPaymentChargeId())))
                .map(outcome -> {
                    if (outcome instanceof RefundOutcome.Refunded) {
                        observer.refund();
                        return Optional.of(Replies.message(chatId, m.html(Text.PAYMENT_REFUNDED)));
                    }
                    LOG.infof(
                            "refunded_payment for a charge with nothing to take back: outcome=%s",
                            outcome.getClass().getSimpleName());
                    return Optional.empty();
                });
    }

    static Html withLink(Messages m, Html text, Optional<InviteLink> link) {
        return Html.join(
                "\n\n",
                List.of(
                        text,
                        link.map(issued -> m.html(Text.LINK_ISSUED, m.date(issued.expiresAt()), issued.url()))
                                .orElseGet(() -> m.html(Text.REDEEMED_NO_LINK))));
    }

    private static Text refusal(Refusal reason) {
        return switch (reason) {
            case UNKNOWN_ORDER -> Text.CHECKOUT_UNKNOWN;
            case NOT_YOURS -> Text.CHECKOUT_NOT_YOURS;
            case ALREADY_PAID -> Text.CHECKOUT_PAID;
            case STALE -> Text.CHECKOUT_STALE;
            case WRONG_AMOUNT -> Text.CHECKOUT_AMOUNT;
            case PLAN_RETIRED -> Text.CHECKOUT_RETIRED;
        };
    }
}

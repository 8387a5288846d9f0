package io.vipgate.telegram.payment;

import io.vipgate.application.payment.port.out.StarPayments;
import io.vipgate.application.payment.port.out.StarTransactionPage;
import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.payment.Stars;
import io.vipgate.telegram.client.BotApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.telegram.telegrambots.meta.api.methods.payments.RefundStarPayment;
import org.telegram.telegrambots.meta.api.methods.payments.star.EditUserStarSubscription;
import org.telegram.telegrambots.meta.api.methods.payments.star.GetStarTransactions;
import org.telegram.telegrambots.meta.api.objects.payments.star.StarTransaction;
import org.telegram.telegrambots.meta.api.objects.payments.transactionpartner.TransactionPartnerUser;

/**
 * {@code refundStarPayment}, {@code editUserStarSubscription} and {@code getStarTransactions}. An incoming payment
 * is a transaction from a user ({@code source} of type {@code user}, {@code transaction_type} {@code
 * invoice_payment}) with an invoice payload; its id is the payment's {@code telegram_payment_charge_id}.
 */
final class TelegramStarPaymentsAdapter implements StarPayments {

    private final BotApiClient client;

    TelegramStarPaymentsAdapter(BotApiClient client) {
        this.client = client;
    }

    @Override
    public CompletionStage<Void> refund(long userId, String chargeId) {
        return client.call(RefundStarPayment.builder()
                        .userId(userId)
                        .telegramPaymentChargeId(chargeId)
                        .build())
                .replaceWithVoid()
                .subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<Void> cancelRenewals(long userId, String chargeId) {
        return client.call(EditUserStarSubscription.builder()
                        .userId(userId)
                        .telegramPaymentChargeId(chargeId)
                        .isCanceled(true)
                        .build())
                .replaceWithVoid()
                .subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<StarTransactionPage> transactions(int offset, int limit) {
        return client.call(GetStarTransactions.builder()
                        .offset(offset)
                        .limit(limit)
                        .build())
                .map(page ->
                        new StarTransactionPage(Optional.ofNullable(page.getTransactions()).orElse(List.of()).stream()
                                .map(TelegramStarPaymentsAdapter::entry)
                                .toList()))
                .subscribeAsCompletionStage();
    }

    static StarTransactionPage.Entry entry(StarTransaction transaction) {
        Instant date = Instant.ofEpochSecond(transaction.getDate() == null ? 0 : transaction.getDate());
        return new StarTransactionPage.Entry(date, payment(transaction, date));
    }

    private static Optional<IncomingPayment> payment(StarTransaction transaction, Instant date) {
        if (!(transaction.getSource() instanceof TransactionPartnerUser from)
                || transaction.getReceiver() != null
                || !"invoice_payment".equals(from.getTransactionType())
                || from.getInvoicePayload() == null
                || from.getUser() == null
                || transaction.getId() == null
                || transaction.getAmount() == null) {
            return Optional.empty();
        }
        Optional<Instant> periodEnd = Optional.ofNullable(from.getSubscriptionPeriod())
                .map(seconds -> date.plus(Duration.ofSeconds(seconds)));
        // A subscription payment found here is labelled a first payment: the grant (VIP until the period end)
        // is the same either way, and a buyer whose update was lost is better off with a fresh link.
        return Optional.of(new IncomingPayment(
                transaction.getId(),
                from.getUser().getId(),
                transaction.getAmount(),
                Stars.CURRENCY,
                from.getInvoicePayload(),
                periodEnd,
                periodEnd.isPresent(),
                true));
    }
}

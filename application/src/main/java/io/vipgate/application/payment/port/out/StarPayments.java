package io.vipgate.application.payment.port.out;

import java.util.concurrent.CompletionStage;

/** Telegram's side of Stars payments: refunds, subscription cancellation, the bot's transaction history. */
public interface StarPayments {

    /** {@code refundStarPayment}; fails when Telegram refuses (unknown or already refunded charge). */
    CompletionStage<Void> refund(long userId, String chargeId);

    /** {@code editUserStarSubscription} with {@code is_canceled=true}: no more renewals. */
    CompletionStage<Void> cancelRenewals(long userId, String chargeId);

    /** One page of {@code getStarTransactions}, in chronological order, incoming invoice payments only. */
    CompletionStage<StarTransactionPage> transactions(int offset, int limit);
}

package io.vipgate.application.payment;

import io.vipgate.application.payment.port.out.PaymentNotices;
import io.vipgate.application.payment.port.out.StarPayments;
import io.vipgate.application.payment.port.out.StarTransactionPage;
import io.vipgate.domain.payment.IncomingPayment;
import io.vipgate.domain.subscription.InviteLink;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Telegram's Stars side as the services see it: records refunds, cancellations and notices; holds transactions. */
final class FakeStars implements StarPayments, PaymentNotices {

    private final List<String> refunds = new ArrayList<>();
    private final List<String> cancellations = new ArrayList<>();
    private final List<StarTransactionPage.Entry> transactions = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private boolean refuseRefunds;

    @Override
    public synchronized CompletionStage<Void> refund(long userId, String chargeId) {
        if (refuseRefunds) {
            return CompletableFuture.failedFuture(new IllegalStateException("Bad Request: CHARGE_ALREADY_REFUNDED"));
        }
        refunds.add(userId + ":" + chargeId);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<Void> cancelRenewals(long userId, String chargeId) {
        cancellations.add(userId + ":" + chargeId);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<StarTransactionPage> transactions(int offset, int limit) {
        int from = Math.min(offset, transactions.size());
        int to = Math.min(transactions.size(), from + limit);
        return CompletableFuture.completedFuture(new StarTransactionPage(List.copyOf(transactions.subList(from, to))));
    }

    @Override
    public synchronized CompletionStage<Void> accessBought(long userId, Instant expiresAt, Optional<InviteLink> link) {
        notices.add("buyer " + userId + " until " + expiresAt
                + link.map(l -> " " + l.url()).orElse(""));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<Void> recovered(IncomingPayment payment, Instant expiresAt) {
        notices.add("admins: recovered " + payment.chargeId());
        return CompletableFuture.completedFuture(null);
    }

    synchronized void transaction(Instant date, Optional<IncomingPayment> payment) {
        transactions.add(new StarTransactionPage.Entry(date, payment));
    }

    synchronized void refuseRefunds() {
        refuseRefunds = true;
    }

    synchronized List<String> refunds() {
        return List.copyOf(refunds);
    }

    synchronized List<String> cancellations() {
        return List.copyOf(cancellations);
    }

    synchronized List<String> notices() {
        return List.copyOf(notices);
    }
}

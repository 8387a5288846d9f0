package io.vipgate.application.payment;

import io.vipgate.application.jobs.port.in.JobRun;
import io.vipgate.application.payment.port.in.ReconcilePaymentsUseCase;
import io.vipgate.application.payment.port.in.RecordPaymentUseCase;
import io.vipgate.application.payment.port.in.RecordPaymentUseCase.PaymentOutcome;
import io.vipgate.application.payment.port.out.PaymentLedger;
import io.vipgate.application.payment.port.out.PaymentNotices;
import io.vipgate.application.payment.port.out.ReconciliationCursor;
import io.vipgate.application.payment.port.out.StarPayments;
import io.vipgate.application.payment.port.out.StarTransactionPage;
import io.vipgate.domain.payment.IncomingPayment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Pages through {@code getStarTransactions} from a shared cursor and records every incoming payment that has no
 * payment row, through the same use case as a {@code successful_payment} (so a charge is granted once whoever
 * records it first). Transactions younger than {@code grace} are left for the next run: their update may still be
 * on its way, and granting them here would tell the admins of a loss that did not happen.
 */
public final class ReconcilePaymentsService implements ReconcilePaymentsUseCase {

    /** Telegram's largest page. */
    static final int PAGE = 100;

    private final StarPayments stars;
    private final ReconciliationCursor cursor;
    private final PaymentLedger ledger;
    private final RecordPaymentUseCase payments;
    private final PaymentNotices notices;
    private final Duration grace;
    private final Clock clock;

    public ReconcilePaymentsService(
            StarPayments stars,
            ReconciliationCursor cursor,
            PaymentLedger ledger,
            RecordPaymentUseCase payments,
            PaymentNotices notices,
            Duration grace,
            Clock clock) {
        this.stars = stars;
        this.cursor = cursor;
        this.ledger = ledger;
        this.payments = payments;
        this.notices = notices;
        this.grace = grace;
        this.clock = clock;
    }

    @Override
    public CompletionStage<JobRun> reconcile() {
        return cursor.scanned().thenCompose(offset -> page(offset, new Tally()));
    }

    private CompletionStage<JobRun> page(int offset, Tally tally) {
        Instant settled = clock.instant().minus(grace);
        return stars.transactions(offset, PAGE).thenCompose(page -> {
            List<IncomingPayment> due = new ArrayList<>();
            int settledCount = 0;
            for (StarTransactionPage.Entry entry : page.entries()) {
                if (entry.date().isAfter(settled)) {
                    break;
                }
                entry.payment().ifPresent(due::add);
                settledCount++;
            }
            boolean more = settledCount == PAGE;
            int next = offset + settledCount;
            return each(due, 0, tally)
                    .thenCompose(
                            done -> next > offset ? cursor.advanceTo(next) : CompletableFuture.completedFuture(null))
                    .thenCompose(advanced -> more ? page(next, tally) : CompletableFuture.completedFuture(tally.run()));
        });
    }

    private CompletionStage<Void> each(List<IncomingPayment> due, int index, Tally tally) {
        if (index == due.size()) {
            return CompletableFuture.completedFuture(null);
        }
        IncomingPayment payment = due.get(index);
        return ledger.findPayment(payment.chargeId())
                .thenCompose(
                        found -> found.isPresent() ? CompletableFuture.completedFuture(null) : recover(payment, tally))
                .thenCompose(done -> each(due, index + 1, tally));
    }

    private CompletionStage<Void> recover(IncomingPayment payment, Tally tally) {
        return payments.record(payment, String.valueOf(payment.userId())).thenCompose(outcome -> switch (outcome) {
            case PaymentOutcome.Granted granted -> {
                tally.done++;
                yield notices.recovered(payment, granted.expiresAt())
                        .thenCompose(
                                told -> notices.accessBought(payment.userId(), granted.expiresAt(), granted.link()));
            }
            case PaymentOutcome.Duplicate duplicate -> CompletableFuture.completedFuture(null);
            case PaymentOutcome.UnknownOrder unknown -> {
                tally.failed++;
                tally.problems.add("charge " + payment.chargeId() + " names no order of user " + payment.userId());
                yield CompletableFuture.completedFuture(null);
            }
        });
    }

    /** What one run did, counted as it goes. */
    private static final class Tally {
        int done;
        int failed;
        final List<String> problems = new ArrayList<>();

        JobRun run() {
            return new JobRun(done, failed, problems.subList(0, Math.min(5, problems.size())));
        }
    }
}

package io.vipgate.application.payment;

import io.vipgate.application.payment.port.in.ShowPaymentStatsUseCase;
import io.vipgate.application.payment.port.out.PaymentLedger;
import io.vipgate.application.payment.port.out.PaymentTotals;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletionStage;

/** Stars received this calendar month (UTC) and in all, with paying and monthly subscribers and refunds. */
public final class ShowPaymentStatsService implements ShowPaymentStatsUseCase {

    private final PaymentLedger ledger;
    private final Clock clock;

    public ShowPaymentStatsService(PaymentLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public CompletionStage<PaymentTotals> totals() {
        Instant now = clock.instant();
        Instant monthStart = ZonedDateTime.ofInstant(now, ZoneOffset.UTC)
                .withDayOfMonth(1)
                .toLocalDate()
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        return ledger.totals(monthStart, now);
    }
}

package io.vipgate.application.payment.port.in;

import io.vipgate.application.payment.port.out.PaymentTotals;
import java.util.concurrent.CompletionStage;

/** The Stars lines of {@code /stats}. */
public interface ShowPaymentStatsUseCase {

    CompletionStage<PaymentTotals> totals();
}

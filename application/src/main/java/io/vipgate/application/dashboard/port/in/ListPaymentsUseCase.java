package io.vipgate.application.dashboard.port.in;

import java.util.concurrent.CompletionStage;

/** The dashboard's payments, newest first. */
public interface ListPaymentsUseCase {

    int PAGE_SIZE = 25;

    CompletionStage<Page<PaymentRow>> page(int page);
}

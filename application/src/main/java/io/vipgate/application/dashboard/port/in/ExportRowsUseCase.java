package io.vipgate.application.dashboard.port.in;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The CSV exports, read in batches by key so that an export of any size holds one batch in memory: each call
 * returns up to {@code limit} rows after the last key it returned (0 to start), and fewer at the end.
 */
public interface ExportRowsUseCase {

    int BATCH = 500;

    CompletionStage<List<SubscriberRow>> subscribersAfter(long userId, int limit);

    CompletionStage<List<PaymentRow>> paymentsAfter(long paymentId, int limit);
}

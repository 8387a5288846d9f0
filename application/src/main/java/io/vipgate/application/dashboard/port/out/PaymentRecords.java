package io.vipgate.application.dashboard.port.out;

import io.vipgate.application.dashboard.port.in.PaymentRow;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The Stars payments, for the dashboard: newest first a page at a time, and exported by key. */
public interface PaymentRecords {

    CompletionStage<List<PaymentRow>> newest(int offset, int limit);

    CompletionStage<Long> count();

    /** Payments by id, after {@code paymentId}. */
    CompletionStage<List<PaymentRow>> after(long paymentId, int limit);
}

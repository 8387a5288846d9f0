package io.vipgate.application.dashboard;

import io.vipgate.application.dashboard.port.in.ExportRowsUseCase;
import io.vipgate.application.dashboard.port.in.PaymentRow;
import io.vipgate.application.dashboard.port.in.SubscriberRow;
import io.vipgate.application.dashboard.port.out.PaymentRecords;
import io.vipgate.application.dashboard.port.out.SubscriberDirectory;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Export batches, capped so that no caller can ask for the whole table at once. */
public final class ExportRowsService implements ExportRowsUseCase {

    private final SubscriberDirectory subscribers;
    private final PaymentRecords payments;

    public ExportRowsService(SubscriberDirectory subscribers, PaymentRecords payments) {
        this.subscribers = subscribers;
        this.payments = payments;
    }

    @Override
    public CompletionStage<List<SubscriberRow>> subscribersAfter(long userId, int limit) {
        return subscribers.after(userId, capped(limit));
    }

    @Override
    public CompletionStage<List<PaymentRow>> paymentsAfter(long paymentId, int limit) {
        return payments.after(paymentId, capped(limit));
    }

    private static int capped(int limit) {
        return Math.clamp(limit, 1, BATCH);
    }
}

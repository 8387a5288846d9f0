package io.vipgate.application.dashboard;

import io.vipgate.application.dashboard.port.in.ListPaymentsUseCase;
import io.vipgate.application.dashboard.port.in.Page;
import io.vipgate.application.dashboard.port.in.PaymentRow;
import io.vipgate.application.dashboard.port.out.PaymentRecords;
import java.util.concurrent.CompletionStage;

/** Payments a page at a time. */
public final class ListPaymentsService implements ListPaymentsUseCase {

    private final PaymentRecords payments;

    public ListPaymentsService(PaymentRecords payments) {
        this.payments = payments;
    }

    @Override
    public CompletionStage<Page<PaymentRow>> page(int page) {
        int wanted = Math.max(1, page);
        return payments.count()
                .thenCompose(total -> payments.newest((wanted - 1) * PAGE_SIZE, PAGE_SIZE)
                        .thenApply(rows -> Page.of(rows, wanted, PAGE_SIZE, total)));
    }
}

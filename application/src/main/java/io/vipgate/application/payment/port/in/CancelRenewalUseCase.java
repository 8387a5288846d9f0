package io.vipgate.application.payment.port.in;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** {@code /cancel}: stops a monthly subscription's renewals; access runs to the end of the paid period. */
public interface CancelRenewalUseCase {

    CompletionStage<Cancellation> cancel(long userId);

    /** One case per answer. */
    sealed interface Cancellation {
        record Canceled(Instant accessUntil) implements Cancellation {}

        record NotMonthly() implements Cancellation {}
    }
}

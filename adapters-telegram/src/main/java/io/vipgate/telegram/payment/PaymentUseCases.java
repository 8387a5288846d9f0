package io.vipgate.telegram.payment;

import io.vipgate.application.payment.port.in.CancelRenewalUseCase;
import io.vipgate.application.payment.port.in.CheckoutUseCase;
import io.vipgate.application.payment.port.in.ManagePlansUseCase;
import io.vipgate.application.payment.port.in.PreCheckoutUseCase;
import io.vipgate.application.payment.port.in.RecordPaymentUseCase;
import io.vipgate.application.payment.port.in.RefundPaymentUseCase;
import io.vipgate.application.payment.port.in.ShowPaymentStatsUseCase;
import io.vipgate.application.subscription.port.in.CheckStatusUseCase;
import java.util.Objects;
import java.util.stream.Stream;

/** The use cases selling with Telegram Stars drives, handed to the store in one piece by the wiring. */
public record PaymentUseCases(
        ManagePlansUseCase plans,
        CheckoutUseCase checkout,
        PreCheckoutUseCase preCheckout,
        RecordPaymentUseCase payments,
        CancelRenewalUseCase cancel,
        RefundPaymentUseCase refunds,
        ShowPaymentStatsUseCase stats,
        CheckStatusUseCase status) {

    public PaymentUseCases {
        Stream.of(plans, checkout, preCheckout, payments, cancel, refunds, stats, status)
                .forEach(Objects::requireNonNull);
    }
}

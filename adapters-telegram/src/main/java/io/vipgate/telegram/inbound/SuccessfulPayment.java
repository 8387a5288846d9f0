package io.vipgate.telegram.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A payment Telegram took; {@code telegramPaymentChargeId} names it once and for all. */
@RegisterForReflection
public record SuccessfulPayment(
        String currency,
        @JsonProperty("total_amount") Integer totalAmount,
        @JsonProperty("invoice_payload") String invoicePayload,
        @JsonProperty("subscription_expiration_date") Long subscriptionExpirationDate,
        @JsonProperty("is_recurring") Boolean isRecurring,
        @JsonProperty("is_first_recurring") Boolean isFirstRecurring,
        @JsonProperty("telegram_payment_charge_id") String telegramPaymentChargeId) {}

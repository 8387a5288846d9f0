package io.vipgate.telegram.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A payment given back, by the bot or by Telegram. */
@RegisterForReflection
public record RefundedPayment(
        @JsonProperty("telegram_payment_charge_id") String telegramPaymentChargeId) {}

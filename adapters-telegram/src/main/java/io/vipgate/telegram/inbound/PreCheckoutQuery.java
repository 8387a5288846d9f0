package io.vipgate.telegram.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** Telegram asking, within 10 seconds, whether the order in {@code invoicePayload} may be paid. */
@RegisterForReflection
public record PreCheckoutQuery(
        String id,
        User from,
        String currency,
        @JsonProperty("total_amount") Integer totalAmount,
        @JsonProperty("invoice_payload") String invoicePayload) {}

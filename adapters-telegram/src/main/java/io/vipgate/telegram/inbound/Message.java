package io.vipgate.telegram.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A message to the bot: who wrote it where, its text, or the payment it reports. */
@RegisterForReflection
public record Message(
        User from,
        Chat chat,
        String text,
        @JsonProperty("successful_payment") SuccessfulPayment successfulPayment,
        @JsonProperty("refunded_payment") RefundedPayment refundedPayment) {

    public long chatId() {
        return chat.id();
    }

    public boolean inPrivateChat() {
        return chat != null && chat.isPrivate();
    }
}

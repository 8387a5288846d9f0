package io.vipgate.application.dashboard.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A Stars payment as the dashboard lists and exports it. */
public record PaymentRow(
        long id,
        String chargeId,
        long userId,
        String plan,
        long stars,
        String kind,
        String state,
        Instant paidAt,
        Optional<Instant> refundedAt) {

    public PaymentRow {
        Objects.requireNonNull(chargeId, "chargeId");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(paidAt, "paidAt");
        Objects.requireNonNull(refundedAt, "refundedAt");
    }

    public boolean refundable() {
        return "PAID".equals(state);
    }
}

package io.vipgate.application.payment.port.out;

import io.vipgate.domain.payment.IncomingPayment;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of the bot's Stars transactions in chronological order, every kind included (the next offset advances by
 * their number); {@code payment} is filled for incoming invoice payments only.
 */
public record StarTransactionPage(List<Entry> entries) {

    public StarTransactionPage {
        entries = List.copyOf(entries);
    }

    /** One transaction: when it happened and, for an incoming payment, what it paid. */
    public record Entry(Instant date, Optional<IncomingPayment> payment) {
        public Entry {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(payment, "payment");
        }
    }
}

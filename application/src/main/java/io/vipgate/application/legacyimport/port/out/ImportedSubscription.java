package io.vipgate.application.legacyimport.port.out;

import io.vipgate.domain.subscription.ChangeKind;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import java.util.Objects;
import java.util.Optional;

/**
 * A legacy subscription: its IMPORTED history line, and for an active one the subscription itself. The
 * history line identifies it (user, start, expiry, IMPORTED), so a second import recognises it.
 */
public record ImportedSubscription(Optional<Subscription> current, SubscriptionChange history) {

    public ImportedSubscription {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(history, "history");
        if (history.kind() != ChangeKind.IMPORTED) {
            throw new IllegalArgumentException("an imported subscription's history line is IMPORTED");
        }
        if (current.isPresent() && current.get().userId() != history.userId()) {
            throw new IllegalArgumentException("the subscription and its history line must be one user's");
        }
    }

    public long userId() {
        return history.userId();
    }
}

package io.vipgate.application.subscription.port.out;

import io.vipgate.application.subscription.port.in.SubscriberEntry;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionChange;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Reads subscriptions and their history. */
public interface SubscriptionRepository {

    CompletionStage<Optional<Subscription>> find(long userId);

    /** Active subscribers at {@code now}, soonest expiry first. */
    CompletionStage<List<SubscriberEntry>> active(Instant now, int offset, int limit);

    CompletionStage<Long> countActive(Instant now);

    /** The user's history, oldest first. */
    CompletionStage<List<SubscriptionChange>> history(long userId);
}

package io.vipgate.application.subscription;

import io.vipgate.application.subscription.port.in.ListSubscribersUseCase;
import io.vipgate.application.subscription.port.in.SubscriberPage;
import io.vipgate.application.subscription.port.out.SubscriptionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** Pages through active subscribers, soonest expiry first; a page past the end shows the last one. */
public final class ListSubscribersService implements ListSubscribersUseCase {

    private final SubscriptionRepository subscriptions;
    private final Clock clock;

    public ListSubscribersService(SubscriptionRepository subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Override
    public CompletionStage<SubscriberPage> page(int requested) {
        Instant now = clock.instant();
        return subscriptions.countActive(now).thenCompose(total -> {
            int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            int page = Math.min(Math.max(1, requested), pageCount);
            return subscriptions
                    .active(now, (page - 1) * PAGE_SIZE, PAGE_SIZE)
                    .thenApply(entries -> new SubscriberPage(entries, page, pageCount, total));
        });
    }
}

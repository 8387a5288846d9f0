package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.subscription.port.out.SubscriptionCache;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoSubscriptionCacheTest extends SubscriptionCacheContract {

    private final NoSubscriptionCache cache = new NoSubscriptionCache();

    @Override
    protected SubscriptionCache cache() {
        return cache;
    }

    @Test
    void everyGet_asksTheLoader() {
        CountingLoader loader = CountingLoader.of(Optional.empty());

        get(1, Subscriptions.now(), loader);
        get(1, Subscriptions.now(), loader);

        assertThat(loader.calls()).isEqualTo(2);
    }
}

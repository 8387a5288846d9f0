package io.vipgate.application.subscription;

import static io.vipgate.application.fakes.Fixtures.T0;
import static io.vipgate.application.fakes.Fixtures.USER;
import static io.vipgate.application.fakes.Stages.join;
import static org.assertj.core.api.Assertions.assertThat;

import io.vipgate.application.fakes.Fixtures;
import io.vipgate.application.fakes.InMemorySubscriptionCache;
import io.vipgate.application.fakes.InMemorySubscriptionRepository;
import io.vipgate.application.fakes.InMemoryUserRepository;
import io.vipgate.application.fakes.MutableClock;
import io.vipgate.domain.subscription.Subscription;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Single subscriptions come through the cache; lists, counts and history straight from the repository. */
class CachingSubscriptionRepositoryTest {

    private final MutableClock clock = new MutableClock(T0);
    private final InMemorySubscriptionRepository repository =
            new InMemorySubscriptionRepository(new InMemoryUserRepository());
    private final InMemorySubscriptionCache cache = new InMemorySubscriptionCache();
    private final CachingSubscriptionRepository caching = new CachingSubscriptionRepository(repository, cache, clock);

    @Test
    void find_readsTheRepositoryOnce_thenServesTheSnapshot() {
        Subscription s = Fixtures.subscription(USER, T0, 30);
        repository.put(s);

        assertThat(join(caching.find(USER))).contains(s);
        assertThat(join(caching.find(USER))).contains(s);

        assertThat(repository.finds()).isEqualTo(1);
    }

    @Test
    void find_cachesNoneToo() {
        assertThat(join(caching.find(USER))).isEmpty();
        assertThat(join(caching.find(USER))).isEmpty();
        assertThat(repository.finds()).isEqualTo(1);
    }

    @Test
    void find_asksTheCacheAsOfTheClock() {
        join(caching.find(USER));
        clock.advance(Duration.ofMinutes(3));
        join(caching.find(USER));
        assertThat(cache.askedAt()).containsExactly(T0, T0.plus(Duration.ofMinutes(3)));
    }

    @Test
    void listsCountsAndHistory_bypassTheCache() {
        repository.put(Fixtures.subscription(USER, T0, 30));
        repository.put(Fixtures.subscription(7L, T0, 1));
        clock.advance(Duration.ofDays(2));

        assertThat(join(caching.countActive(clock.instant()))).isEqualTo(1L);
        assertThat(join(caching.active(clock.instant(), 0, 20)))
                .extracting(e -> e.subscription().userId())
                .containsExactly(USER);
        assertThat(join(caching.history(USER))).isEmpty();
        assertThat(cache.askedAt()).isEmpty();
    }
}

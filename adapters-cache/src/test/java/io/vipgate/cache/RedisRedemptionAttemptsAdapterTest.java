package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.fakes.Eventually;
import io.vipgate.application.token.port.out.RedemptionAttempts;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RedisRedemptionAttemptsAdapterTest extends RedemptionAttemptsContract {

    @Inject
    RedisGuard guard;

    @Inject
    CacheStats stats;

    private TestCacheConfig config;
    private RedisRedemptionAttemptsAdapter attempts;

    @BeforeEach
    void freshKeySpace() {
        config = TestCacheConfig.fresh();
        attempts = new RedisRedemptionAttemptsAdapter(guard, config, stats);
    }

    @Override
    protected RedemptionAttempts attempts() {
        return attempts;
    }

    @Override
    protected Duration window() {
        return config.attemptsWindow();
    }

    /** Redis expires the key on its own clock, which no test controls: the wait is for Redis, bounded. */
    @Test
    void theBlock_endsWithTheWindow() {
        Duration window = Duration.ofMillis(400);
        attempts = new RedisRedemptionAttemptsAdapter(guard, config.withAttemptsWindow(window), stats);
        long user = Subscriptions.randomUserId();
        fail(user, 5);
        assertThat(blockedFor(user)).hasValueSatisfying(wait -> assertThat(wait).isLessThanOrEqualTo(window));

        Eventually.until(
                "the block ends with its window",
                window.multipliedBy(5),
                () -> blockedFor(user).isEmpty());
    }
}

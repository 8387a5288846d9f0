package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vipgate.application.messaging.port.out.SendBudget;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RedisSendBudgetAdapterTest extends SendBudgetContract {

    // While Redis answers, the local budget must never be asked.
    private static final SendBudget NO_FALLBACK = chat -> {
        throw new AssertionError("the local fallback was used although Redis is up");
    };

    @Inject
    RedisGuard guard;

    @Inject
    CacheStats stats;

    private TestCacheConfig config;
    private RedisSendBudgetAdapter budget;

    @BeforeEach
    void freshKeySpace() {
        config = TestCacheConfig.fresh();
        budget = new RedisSendBudgetAdapter(guard, config, stats, NO_FALLBACK);
    }

    @Override
    protected SendBudget budget() {
        return budget;
    }

    @Test
    void twoReplicas_shareOneBudget() {
        var otherReplica = new RedisSendBudgetAdapter(guard, config, stats, NO_FALLBACK);
        long chat = Subscriptions.randomUserId();

        long first = reserve(chat);
        long noted = System.currentTimeMillis();
        Duration second = otherReplica.reserve(chat).toCompletableFuture().join();

        assertThat(noted + second.toMillis() - first).isGreaterThanOrEqualTo(985);
    }
}

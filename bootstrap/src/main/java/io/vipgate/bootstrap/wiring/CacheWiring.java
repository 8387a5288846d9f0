package io.vipgate.bootstrap.wiring;

import io.vipgate.application.messaging.port.out.SendBudget;
import io.vipgate.application.subscription.port.out.SubscriptionCache;
import io.vipgate.application.token.port.out.RedemptionAttempts;
import io.vipgate.application.update.port.out.UpdateLog;
import io.vipgate.cache.CacheConfig;
import io.vipgate.cache.CacheStats;
import io.vipgate.cache.LocalRedemptionAttempts;
import io.vipgate.cache.LocalSendBudget;
import io.vipgate.cache.NoSubscriptionCache;
import io.vipgate.cache.RedisGuard;
import io.vipgate.cache.RedisRedemptionAttemptsAdapter;
import io.vipgate.cache.RedisSendBudgetAdapter;
import io.vipgate.cache.RedisSubscriptionCacheAdapter;
import io.vipgate.cache.RedisUpdateLogAdapter;
import io.vipgate.persistence.update.PostgresUpdateLogAdapter;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Redis when REDIS_URL is set, otherwise PostgreSQL alone with in-process limits: the bot works either way. */
public class CacheWiring {

    @Produces
    @Singleton
    SubscriptionCache subscriptionCache(CacheConfig config, RedisGuard redis, CacheStats stats) {
        return config.enabled() ? new RedisSubscriptionCacheAdapter(redis, config, stats) : new NoSubscriptionCache();
    }

    @Produces
    @Singleton
    RedemptionAttempts redemptionAttempts(CacheConfig config, RedisGuard redis, CacheStats stats, Clock clock) {
        return config.enabled()
                ? new RedisRedemptionAttemptsAdapter(redis, config, stats)
                : new LocalRedemptionAttempts(config.attemptsLimit(), config.attemptsWindow(), clock);
    }

    @Produces
    @Singleton
    SendBudget sendBudget(CacheConfig config, RedisGuard redis, CacheStats stats, Clock clock) {
        LocalSendBudget local = new LocalSendBudget(config.sendRateGlobal(), config.sendRatePerChat(), clock);
        return config.enabled() ? new RedisSendBudgetAdapter(redis, config, stats, local) : local;
    }

    /** Chosen over the PostgreSQL adapter's own bean, which stays the fallback inside the Redis one. */
    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    UpdateLog updateLog(CacheConfig config, RedisGuard redis, CacheStats stats, PostgresUpdateLogAdapter postgres) {
        return config.enabled() ? new RedisUpdateLogAdapter(redis, config, stats, postgres) : postgres;
    }
}

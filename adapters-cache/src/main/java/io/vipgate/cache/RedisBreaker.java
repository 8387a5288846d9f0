package io.vipgate.cache;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.vertx.mutiny.redis.client.Command;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Watches the Redis circuit breaker: one log line per state change, and its state for the health check. */
@ApplicationScoped
public class RedisBreaker {

    private static final Logger LOG = Logger.getLogger(RedisBreaker.class);

    private final CircuitBreakerMaintenance maintenance;
    private final CacheConfig config;
    private final RedisGuard redis;

    RedisBreaker(CircuitBreakerMaintenance maintenance, CacheConfig config, RedisGuard redis) {
        this.maintenance = maintenance;
        this.config = config;
        this.redis = redis;
    }

    void start(@Observes StartupEvent started) {
        redis.state(); // the breaker exists once the guard does
        maintenance.onStateChange(RedisGuard.BREAKER, RedisBreaker::log);
        if (config.enabled()) {
            // Connects now, so that the first update does not spend its short timeout on the connection.
            redis.execute(Command.PING)
                    .subscribe()
                    .with(
                            pong -> {},
                            failure -> LOG.warnf(
                                    "cache.redis=unreachable at start (%s); the bot works without it",
                                    failure.getClass().getSimpleName()));
        }
    }

    public CircuitBreakerState state() {
        return redis.state();
    }

    private static void log(CircuitBreakerState state) {
        switch (state) {
            case OPEN -> LOG.warn("cache.breaker=open: Redis is failing; working from PostgreSQL and local limits");
            case HALF_OPEN -> LOG.info("cache.breaker=half_open: trying Redis again");
            case CLOSED -> LOG.info("cache.breaker=closed: Redis is back in use");
        }
    }
}

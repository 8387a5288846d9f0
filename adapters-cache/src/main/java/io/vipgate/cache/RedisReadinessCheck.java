package io.vipgate.cache;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Reports the cache in readiness without gating it: the bot works without Redis, only slower. */
@Readiness
@ApplicationScoped
public class RedisReadinessCheck implements HealthCheck {

    private final CacheConfig config;
    private final RedisBreaker breaker;
    private final CacheStats stats;

    RedisReadinessCheck(CacheConfig config, RedisBreaker breaker, CacheStats stats) {
        this.config = config;
        this.breaker = breaker;
        this.stats = stats;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("redis").up();
        if (!config.enabled()) {
            return response.withData("state", "disabled").build();
        }
        CircuitBreakerState state = breaker.state();
        return response.withData("state", state == CircuitBreakerState.CLOSED ? "up" : "degraded")
                .withData("breaker", state.name().toLowerCase(Locale.ROOT))
                .withData("hits", stats.hits())
                .withData("misses", stats.misses())
                .withData("errors", stats.errors())
                .build();
    }
}

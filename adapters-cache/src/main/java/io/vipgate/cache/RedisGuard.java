package io.vipgate.cache;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

/** The one door to Redis: every command passes the same timeout and named circuit breaker. */
@ApplicationScoped
public class RedisGuard {

    /**
     * Name of the breaker, for {@code CircuitBreakerMaintenance}. One breaker for all adapters: an outage is
     * noticed once, and then refused at once instead of making every update wait for a timeout.
     */
    public static final String BREAKER = "vipgate-redis";

    // Looked up per call: without quarkus.redis.hosts the client bean is inactive, and must not stop the start.
    private final Instance<ReactiveRedisDataSource> redis;
    private final Duration timeout;

    RedisGuard(Instance<ReactiveRedisDataSource> redis, CacheConfig config) {
        this.redis = redis;
        this.timeout = config.timeout();
    }

    /**
     * Runs {@code command} against Redis. The configured {@code vipgate.cache.timeout} applies inside, so that it
     * counts as a failure for the breaker; {@code @Timeout} is only the ceiling when that setting is too generous.
     */
    @AsynchronousNonBlocking
    @Timeout(1000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2)
    @CircuitBreakerName(BREAKER)
    public <T> Uni<T> call(Function<ReactiveRedisDataSource, Uni<T>> command) {
        return command.apply(redis.get())
                .ifNoItem().after(timeout)
                .failWith(() -> new TimeoutException("Redis did not answer within " + timeout.toMillis() + " ms"));
    }
}

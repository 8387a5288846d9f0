package io.vipgate.cache;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The one door to Redis: every command passes the same timeout and named circuit breaker. A programmatic guard
 * with the breaker alone, not the annotations: {@code @AsynchronousNonBlocking @Timeout} offloaded every call and
 * armed a timer for it, a quarter of the CPU of an update (JFR, bench/run), while the timeout below does the same
 * on the Redis call itself.
 */
@ApplicationScoped
public class RedisGuard {

    /**
     * Name of the breaker, for {@code CircuitBreakerMaintenance}. One breaker for all adapters: an outage is
     * noticed once, and then refused at once instead of making every update wait for a timeout.
     */
    public static final String BREAKER = "vipgate-redis";

    private static final TypeLiteral<Uni<Object>> UNI = new TypeLiteral<>() {
    };

    // Looked up per call: without quarkus.redis.hosts the client bean is inactive, and must not stop the start.
    private final Instance<ReactiveRedisDataSource> redis;
    private final Duration timeout;
    private final CircuitBreakerMaintenance maintenance;
    private final Guard guard;

    RedisGuard(Instance<ReactiveRedisDataSource> redis, CacheConfig config, CircuitBreakerMaintenance maintenance) {
        this.redis = redis;
        this.timeout = config.timeout();
        this.maintenance = maintenance;
        this.guard = Guard.create()
                .withCircuitBreaker().name(BREAKER)
                .requestVolumeThreshold(10).failureRatio(0.5).delay(5, ChronoUnit.SECONDS).successThreshold(2)
                .done()
                .withThreadOffload(false)
                .build();
    }

    /** Runs {@code command} against Redis; not answering within {@code vipgate.cache.timeout} counts as a failure. */
    @SuppressWarnings("unchecked")
    public <T> Uni<T> call(Function<ReactiveRedisDataSource, Uni<T>> command) {
        Uni<Object> guarded = guard.get(() -> command.apply(redis.get())
                .ifNoItem().after(timeout)
                .failWith(() -> new TimeoutException("Redis did not answer within " + timeout.toMillis() + " ms"))
                .map(Object.class::cast), UNI);
        return (Uni<T>) guarded;
    }

    /** The breaker's state; asking creates this bean, and with it the breaker, if nothing has used Redis yet. */
    public CircuitBreakerState state() {
        return maintenance.currentState(BREAKER);
    }
}

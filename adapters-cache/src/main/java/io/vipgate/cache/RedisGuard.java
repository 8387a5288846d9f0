package io.vipgate.cache;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one door to Redis: every command passes the same timeout and named circuit breaker. A programmatic guard
 * with the breaker alone, not the annotations: {@code @AsynchronousNonBlocking @Timeout} offloaded every call and
 * armed a timer for it, a quarter of the CPU of an update (JFR, bench/run), while the timeout below does the same
 * on the Redis call itself. Every command goes over one {@link SharedRedisConnection}.
 */
// A singleton, not application-scoped: no client proxy to go through on each of an update's commands.
@Singleton
public class RedisGuard {

    /**
     * Name of the breaker, for {@code CircuitBreakerMaintenance}. One breaker for all adapters: an outage is
     * noticed once, and then refused at once instead of making every update wait for a timeout.
     */
    public static final String BREAKER = "vipgate-redis";

    private static final TypeLiteral<Uni<Response>> UNI = new TypeLiteral<>() {};

    private final SharedRedisConnection connection;
    private final Duration timeout;
    private final CircuitBreakerMaintenance maintenance;
    private final Guard guard;

    /** The client is looked up on first use: without quarkus.redis.hosts its bean is inactive, and must not stop the start. */
    RedisGuard(Instance<Redis> redis, CacheConfig config, CircuitBreakerMaintenance maintenance) {
        this.connection = new SharedRedisConnection(redis::get);
        this.timeout = config.timeout();
        this.maintenance = maintenance;
        this.guard = Guard.create()
                .withCircuitBreaker()
                .name(BREAKER)
                .requestVolumeThreshold(10)
                .failureRatio(0.5)
                .delay(5, ChronoUnit.SECONDS)
                .successThreshold(2)
                .done()
                .withThreadOffload(false)
                .build();
    }

    /**
     * Runs {@code command} with {@code args} against Redis; not answering within {@code vipgate.cache.timeout} counts
     * as a failure.
     */
    public Uni<Response> execute(Command command, String... args) {
        Request request = Request.cmd(command);
        for (String arg : args) {
            request.arg(arg);
        }
        return guard.get(
                () -> connection
                        .send(request)
                        .ifNoItem()
                        .after(timeout)
                        .failWith(() ->
                                new TimeoutException("Redis did not answer within " + timeout.toMillis() + " ms")),
                UNI);
    }

    /** The breaker's state; asking creates this bean, and with it the breaker, if nothing has used Redis yet. */
    public CircuitBreakerState state() {
        return maintenance.currentState(BREAKER);
    }
}

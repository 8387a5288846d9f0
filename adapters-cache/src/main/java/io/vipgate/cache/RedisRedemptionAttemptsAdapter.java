package io.vipgate.cache;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Response;
import io.vipgate.application.token.port.out.RedemptionAttempts;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** Failed token attempts per user in a fixed window shared by all replicas; fails open while Redis fails. */
public final class RedisRedemptionAttemptsAdapter implements RedemptionAttempts {

    // Failing open costs a few more guesses at 128-bit tokens; failing closed would refuse honest users.

    // The window starts with the first failure; the PTTL check also heals a counter that somehow lost its TTL.
    private static final String RECORD = """
            local count = redis.call('INCR', KEYS[1])
            if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return count""";
    private static final String PEEK =
            "return {tonumber(redis.call('GET', KEYS[1]) or '0'), redis.call('PTTL', KEYS[1])}";

    private final RedisGuard redis;
    private final CacheKeys keys;
    private final int limit;
    private final String windowMillis;
    private final Failover failover;

    public RedisRedemptionAttemptsAdapter(RedisGuard redis, CacheConfig config, CacheStats stats) {
        this.redis = redis;
        this.keys = new CacheKeys(config.version());
        this.limit = config.attemptsLimit();
        this.windowMillis = Long.toString(Math.max(1, config.attemptsWindow().toMillis()));
        this.failover = new Failover("redemption-attempts", "not limiting token attempts", stats);
    }

    @Override
    public CompletionStage<Optional<Duration>> blockedFor(long userId) {
        return failover.orElse(
                        redis.execute(Command.EVAL, PEEK, "1", keys.attempts(userId))
                                .map(this::blocked),
                        () -> Uni.createFrom().item(Optional.<Duration>empty()))
                .subscribeAsCompletionStage();
    }

    @Override
    public CompletionStage<Void> recordFailure(long userId) {
        return failover.orElse(
                        redis.execute(Command.EVAL, RECORD, "1", keys.attempts(userId), windowMillis)
                                .replaceWithVoid(),
                        () -> Uni.createFrom().voidItem())
                .subscribeAsCompletionStage();
    }

    private Optional<Duration> blocked(Response reply) {
        long failures = reply.get(0).toLong();
        long leftMillis = reply.get(1).toLong();
        return failures >= limit && leftMillis > 0 ? Optional.of(Duration.ofMillis(leftMillis)) : Optional.empty();
    }
}

package io.vipgate.cache;

import io.smallrye.mutiny.Uni;
import io.vipgate.application.update.port.out.UpdateLog;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/** {@code update_id} de-duplication with {@code SET NX EX}; the fallback log takes over while Redis fails. */
public final class RedisUpdateLogAdapter implements UpdateLog {

    // An id first taken by one log and redelivered while the other is in charge is handled twice. Telegram
    // redelivers within seconds, so only an update caught in a switch-over can see that.

    private final RedisGuard redis;
    private final CacheKeys keys;
    private final String ttlSeconds;
    private final UpdateLog fallback;
    private final Failover failover;

    public RedisUpdateLogAdapter(RedisGuard redis, CacheConfig config, CacheStats stats, UpdateLog fallback) {
        this.redis = redis;
        this.keys = new CacheKeys(config.version());
        this.ttlSeconds = Long.toString(Math.max(1, config.dedupTtl().toSeconds()));
        this.fallback = fallback;
        this.failover = new Failover("update-log", "de-duplicating in the fallback log", stats);
    }

    @Override
    public CompletionStage<Boolean> firstDelivery(long updateId, Instant now) {
        return failover.orElse(
                        redis.call(ds -> ds.execute("SET", keys.update(updateId), "1", "NX", "EX", ttlSeconds))
                                .map(Objects::nonNull),
                        () -> Uni.createFrom().completionStage(() -> fallback.firstDelivery(updateId, now)))
                .subscribeAsCompletionStage();
    }

    /** Either log may hold the id (the fallback takes ids during an outage), so both forget it. */
    @Override
    public CompletionStage<Void> release(long updateId) {
        return failover.orElse(redis.call(ds -> ds.execute("DEL", keys.update(updateId))).replaceWithVoid(),
                        () -> Uni.createFrom().voidItem())
                .chain(() -> Uni.createFrom().completionStage(() -> fallback.release(updateId)))
                .subscribeAsCompletionStage();
    }

    /** Redis forgets by itself (the key's TTL); the fallback still holds the ids it took during outages. */
    @Override
    public CompletionStage<Long> forgetBefore(Instant cutoff) {
        return fallback.forgetBefore(cutoff);
    }
}

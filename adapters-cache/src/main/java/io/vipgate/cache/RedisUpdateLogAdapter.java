package io.vipgate.cache;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Response;
import io.vipgate.application.update.port.out.UpdateClaim;
import io.vipgate.application.update.port.out.UpdateLog;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * {@code update_id} claims in Redis, one key per id holding {@code c:<owner>:<epoch ms>} while claimed and
 * {@code d} once done; the fallback log takes over while Redis fails.
 */
public final class RedisUpdateLogAdapter implements UpdateLog {

    // An id first taken by one log and redelivered while the other is in charge is handled twice. Telegram
    // redelivers within seconds, so only an update caught in a switch-over can see that.

    /** A value of any other shape ({@code 1}, written by releases before claims had owners) counts as done. */
    private static final String CLAIM = """
            local v = redis.call('GET', KEYS[1])
            if v and string.sub(v, 1, 2) ~= 'c:' then return 'DONE' end
            if v then
              local sep = string.find(v, ':', 3, true)
              local owner = string.sub(v, 3, sep - 1)
              local at = tonumber(string.sub(v, sep + 1))
              if owner ~= ARGV[2] and at >= tonumber(ARGV[3]) then return 'BUSY' end
            end
            redis.call('SET', KEYS[1], 'c:' .. ARGV[2] .. ':' .. ARGV[1], 'EX', ARGV[4])
            return 'CLAIMED'""";

    private static final String RELEASE = """
            local v = redis.call('GET', KEYS[1])
            if v and string.find(v, 'c:' .. ARGV[1] .. ':', 1, true) == 1 then redis.call('DEL', KEYS[1]) end
            return 0""";

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
    public CompletionStage<UpdateClaim> claim(long updateId, String owner, Instant now, Instant staleBefore) {
        String key = keys.update(updateId);
        String at = Long.toString(now.toEpochMilli());
        // Nearly every delivery is an id Redis has never held: a plain SET NX claims it, in the same form the script
        // writes. Only an id already held runs the script that tells done, busy and stale apart.
        return failover.orElse(
                        redis.execute(Command.SET, key, "c:" + owner + ":" + at, "NX", "EX", ttlSeconds)
                                .chain(fresh -> fresh != null
                                        ? Uni.createFrom().item(UpdateClaim.CLAIMED)
                                        : redis.execute(
                                                        Command.EVAL,
                                                        CLAIM,
                                                        "1",
                                                        key,
                                                        at,
                                                        owner,
                                                        Long.toString(staleBefore.toEpochMilli()),
                                                        ttlSeconds)
                                                .map(RedisUpdateLogAdapter::claim)),
                        () -> Uni.createFrom().completionStage(() -> fallback.claim(updateId, owner, now, staleBefore)))
                .subscribeAsCompletionStage();
    }

    /** The key keeps its day: an update done late in it is not redelivered after. */
    @Override
    public CompletionStage<Void> done(long updateId) {
        return failover.orElse(
                        redis.execute(Command.SET, keys.update(updateId), "d", "EX", ttlSeconds)
                                .replaceWithVoid(),
                        () -> Uni.createFrom().completionStage(() -> fallback.done(updateId)))
                .subscribeAsCompletionStage();
    }

    /** Either log may hold the id (the fallback takes ids during an outage), so both give it back. */
    @Override
    public CompletionStage<Void> release(long updateId, String owner) {
        return failover.orElse(
                        redis.execute(Command.EVAL, RELEASE, "1", keys.update(updateId), owner)
                                .replaceWithVoid(),
                        () -> Uni.createFrom().voidItem())
                .chain(() -> Uni.createFrom().completionStage(() -> fallback.release(updateId, owner)))
                .subscribeAsCompletionStage();
    }

    /** Redis forgets by itself (the key's TTL); the fallback still holds the ids it took during outages. */
    @Override
    public CompletionStage<Long> forgetBefore(Instant cutoff) {
        return fallback.forgetBefore(cutoff);
    }

    private static UpdateClaim claim(Response reply) {
        return UpdateClaim.valueOf(reply.toString());
    }
}

package io.vipgate.cache;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Response;
import io.vipgate.application.subscription.port.out.SubscriptionCache;
import io.vipgate.domain.subscription.Subscription;
import io.vipgate.domain.subscription.SubscriptionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Subscription snapshots in Redis: read-through, one load per user at a time, never outliving the access. */
public final class RedisSubscriptionCacheAdapter implements SubscriptionCache {

    // Stores only while the generation is the one read before loading. Every eviction changes it, so a snapshot
    // loaded before a commit can never land in the cache after that commit's eviction (the cache-aside race).
    private static final String STORE_IF_CURRENT = """
            if (redis.call('GET', KEYS[2]) or '') ~= ARGV[1] then return 0 end
            redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
            return 1""";
    // One step, so that no reader sees the new generation beside the old entry.
    private static final String EVICT = """
            redis.call('SET', KEYS[2], ARGV[1], 'EX', ARGV[2])
            return redis.call('DEL', KEYS[1])""";
    // Far longer than any load that may store (see store), so a generation never expires under a running load.
    private static final long GENERATION_TTL_SECONDS = Duration.ofDays(1).toSeconds();

    private final RedisGuard redis;
    private final CacheKeys keys;
    private final Duration maxTtl;
    private final CacheStats stats;
    private final Failover failover;
    private final SingleFlight<Long, Optional<Subscription>> loads = new SingleFlight<>();
    private final PendingEvictions pending = new PendingEvictions(this::evictInRedis);

    public RedisSubscriptionCacheAdapter(RedisGuard redis, CacheConfig config, CacheStats stats) {
        this.redis = redis;
        this.keys = new CacheKeys(config.version());
        this.maxTtl = config.maxTtl();
        this.stats = stats;
        this.failover = new Failover("subscription-cache", "reading from the loader", stats);
    }

    @Override
    public CompletionStage<Optional<Subscription>> get(
            long userId, Instant now, Supplier<CompletionStage<Optional<Subscription>>> loader) {
        pending.drain();
        if (pending.contains(userId)) {
            return loader.get();
        }
        return loads.run(userId, () -> lookup(userId, now, loader).subscribeAsCompletionStage());
    }

    @Override
    public CompletionStage<Void> evict(long userId) {
        loads.forget(userId);
        return evictInRedis(userId)
                .invoke(done -> {
                    // Again after the eviction: a load that started while it ran may have read the old entry.
                    loads.forget(userId);
                    if (done) {
                        pending.remove(userId);
                    } else {
                        pending.add(userId);
                    }
                })
                .replaceWithVoid()
                .subscribeAsCompletionStage();
    }

    /** min(max-ttl, time left) for an active snapshot; max-ttl for "none" and ended ones, which only a write changes. */
    static Duration ttl(Optional<Subscription> snapshot, Instant at, Duration maxTtl) {
        return snapshot.filter(s -> s.status() == SubscriptionStatus.ACTIVE)
                .map(s -> Duration.between(at, s.expiresAt()))
                .filter(left -> left.compareTo(maxTtl) < 0)
                .orElse(maxTtl);
    }

    private Uni<Optional<Subscription>> lookup(
            long userId, Instant now, Supplier<CompletionStage<Optional<Subscription>>> loader) {
        long started = System.nanoTime();
        return failover.orElse(
                        redis.execute(Command.MGET, keys.subscription(userId), keys.subscriptionGeneration(userId))
                                .map(Lookup::of),
                        () -> Uni.createFrom().item(Lookup.UNREACHABLE))
                .chain(found -> found.entry(userId)
                        .map(entry -> {
                            stats.hit();
                            return Uni.createFrom().item(entry.subscription());
                        })
                        .orElseGet(() -> {
                            if (found.reachable()) {
                                stats.miss();
                            }
                            return Uni.createFrom()
                                    .completionStage(loader)
                                    .call(loaded -> found.reachable()
                                            ? store(userId, loaded, found.generation(), now, started)
                                            : Uni.createFrom().voidItem());
                        }));
    }

    private Uni<Void> store(long userId, Optional<Subscription> loaded, String generation, Instant now, long started) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        long ttlMillis = ttl(loaded, now.plus(elapsed), maxTtl).toMillis();
        if (ttlMillis <= 0 || elapsed.compareTo(maxTtl) > 0) {
            return Uni.createFrom().voidItem();
        }
        return failover.orElse(
                redis.execute(
                                Command.EVAL,
                                STORE_IF_CURRENT,
                                "2",
                                keys.subscription(userId),
                                keys.subscriptionGeneration(userId),
                                generation,
                                SubscriptionCodec.encode(loaded),
                                Long.toString(ttlMillis))
                        .replaceWithVoid(),
                () -> Uni.createFrom().voidItem());
    }

    /** True when Redis took the eviction; never fails. */
    private Uni<Boolean> evictInRedis(long userId) {
        String generation = Long.toHexString(ThreadLocalRandom.current().nextLong());
        return failover.orElse(
                redis.execute(
                                Command.EVAL,
                                EVICT,
                                "2",
                                keys.subscription(userId),
                                keys.subscriptionGeneration(userId),
                                generation,
                                Long.toString(GENERATION_TTL_SECONDS))
                        .replaceWith(true),
                () -> Uni.createFrom().item(false));
    }

    /** What Redis held for a user: the encoded entry and its generation; neither when Redis was unreachable. */
    private record Lookup(boolean reachable, String value, String generation) {

        static final Lookup UNREACHABLE = new Lookup(false, null, "");

        static Lookup of(Response reply) {
            Response generation = reply.get(1);
            return new Lookup(
                    true,
                    reply.get(0) == null ? null : reply.get(0).toString(),
                    generation == null ? "" : generation.toString());
        }

        Optional<SubscriptionCodec.Entry> entry(long userId) {
            return value == null ? Optional.empty() : SubscriptionCodec.decode(userId, value);
        }
    }
}

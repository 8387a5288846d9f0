package io.vipgate.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

/** Settings of the Redis cache, rate limits and send budget ({@code vipgate.cache.*}). */
@ConfigMapping(prefix = "vipgate.cache")
public interface CacheConfig {

    /** Explicit switch; when unset Redis is used exactly when {@code quarkus.redis.hosts} is set. */
    @WithName("enabled")
    Optional<Boolean> enabledSetting();

    /** Mirrors {@code quarkus.redis.hosts}, only so that {@link #enabled()} can default to it. */
    @WithName("redis-hosts")
    @WithDefault("${quarkus.redis.hosts:}")
    Optional<String> redisHosts();

    /** Part of every key: bumping it ({@code CACHE_VERSION}) makes all earlier entries unreachable. */
    @WithDefault("v1")
    String version();

    /** Longest life of a subscription snapshot. */
    @WithDefault("5m")
    Duration maxTtl();

    /** How long an {@code update_id} is remembered. */
    @WithDefault("24h")
    Duration dedupTtl();

    /** Failed token attempts allowed per user and window. */
    @WithDefault("5")
    int attemptsLimit();

    @WithDefault("1m")
    Duration attemptsWindow();

    /**
     * Messages a second for the whole bot, across replicas: a little under Telegram's 30, so that a message leaving
     * a few ms after its slot cannot make 31 in a second as Telegram counts (drill-telegram-429 saw it at 30).
     */
    @WithDefault("28")
    int sendRateGlobal();

    /** Messages a second to one chat. */
    @WithDefault("1")
    int sendRatePerChat();

    /** Longest wait for one Redis call before it counts as a failure. */
    @WithDefault("250ms")
    Duration timeout();

    default boolean enabled() {
        return enabledSetting()
                .orElse(redisHosts().filter(hosts -> !hosts.isBlank()).isPresent());
    }
}

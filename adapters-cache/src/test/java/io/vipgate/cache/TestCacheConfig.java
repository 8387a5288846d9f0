package io.vipgate.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Cache settings built in a test, so that a test class can have a key space (version) of its own. */
record TestCacheConfig(
        Optional<Boolean> enabledSetting,
        Optional<String> redisHosts,
        String version,
        Duration maxTtl,
        Duration dedupTtl,
        int attemptsLimit,
        Duration attemptsWindow,
        int sendRateGlobal,
        int sendRatePerChat,
        Duration timeout)
        implements CacheConfig {

    /** The defaults of {@link CacheConfig} under a fresh, random version. */
    static TestCacheConfig fresh() {
        return new TestCacheConfig(
                Optional.of(true),
                Optional.empty(),
                "t-" + UUID.randomUUID(),
                Duration.ofMinutes(5),
                Duration.ofHours(24),
                5,
                Duration.ofMinutes(1),
                30,
                1,
                Duration.ofMillis(250));
    }

    TestCacheConfig withVersion(String newVersion) {
        return new TestCacheConfig(
                enabledSetting,
                redisHosts,
                newVersion,
                maxTtl,
                dedupTtl,
                attemptsLimit,
                attemptsWindow,
                sendRateGlobal,
                sendRatePerChat,
                timeout);
    }

    TestCacheConfig withAttemptsWindow(Duration window) {
        return new TestCacheConfig(
                enabledSetting,
                redisHosts,
                version,
                maxTtl,
                dedupTtl,
                attemptsLimit,
                window,
                sendRateGlobal,
                sendRatePerChat,
                timeout);
    }
}

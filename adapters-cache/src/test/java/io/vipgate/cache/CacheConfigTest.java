package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CacheConfigTest {

    @Inject
    CacheConfig config;

    @Test
    void withRedisHosts_theCacheIsEnabled() {
        assertThat(config.enabledSetting()).isEmpty();
        assertThat(config.enabled()).isTrue();
    }

    @Test
    void defaults_matchTheDesign() {
        assertThat(config.maxTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.dedupTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(config.attemptsLimit()).isEqualTo(5);
        assertThat(config.attemptsWindow()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.sendRateGlobal())
                .as("under Telegram's 30, for jitter")
                .isEqualTo(28);
        assertThat(config.sendRatePerChat()).isEqualTo(1);
    }
}

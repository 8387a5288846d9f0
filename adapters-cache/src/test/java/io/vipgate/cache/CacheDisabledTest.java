package io.vipgate.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(CacheDisabledProfile.class)
class CacheDisabledTest {

    @Inject
    CacheConfig config;

    @Test
    void withoutRedisHosts_theCacheIsDisabled() {
        assertThat(config.enabled()).isFalse();
    }

    @Test
    void readiness_staysUp_andReportsTheCacheDisabled() {
        RedisReadiness.assertUpWithCacheState("disabled");
    }
}

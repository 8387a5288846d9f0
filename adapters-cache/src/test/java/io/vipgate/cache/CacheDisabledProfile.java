package io.vipgate.cache;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** No Redis configured at all (no {@code REDIS_URL}), and no Dev Services to make one up. */
public class CacheDisabledProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.redis.hosts", "", "quarkus.redis.devservices.enabled", "false");
    }
}

package io.vipgate.bootstrap.e2e;

import java.util.HashMap;
import java.util.Map;

/**
 * Webhook mode with the application's (reactive) PostgreSQL connection pointed at a closed loopback port, and
 * without Redis, so that no update can be recorded. Flyway keeps its JDBC URL, so start-up still migrates.
 */
public class DatabaseDownMode extends WebhookMode {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:9/vipgate_test");
        overrides.put("vipgate.cache.enabled", "false");
        return overrides;
    }
}

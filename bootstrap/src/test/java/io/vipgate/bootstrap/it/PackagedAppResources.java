package io.vipgate.bootstrap.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vipgate.cache.testing.TcpProxy;
import io.vipgate.telegram.fake.FakeBotApi;
import java.util.Map;

/**
 * What surrounds the packaged application in the {@code @QuarkusIntegrationTest}s: a fake Bot API, and a proxy in
 * front of the test PostgreSQL that a test stops and starts to take the database away. Started before the
 * application, in the test JVM; the settings reach the application as system properties.
 */
public class PackagedAppResources implements QuarkusTestResourceLifecycleManager {

    private static volatile FakeBotApi telegram;
    private static volatile TcpProxy database;
    private static volatile int managementPort;

    /** The fake Telegram the running application talks to. */
    static FakeBotApi telegram() {
        return telegram;
    }

    /** The proxy through which the running application reaches PostgreSQL. */
    static TcpProxy database() {
        return database;
    }

    /** Where the running application serves its metrics. */
    static int managementPort() {
        return managementPort;
    }

    @Override
    public Map<String, String> start() {
        telegram = FakeBotApi.start();
        database = new TcpProxy(ItSettings.freePort(), ItSettings.database());
        database.start();
        managementPort = ItSettings.freePort();
        return ItSettings.properties(telegram.baseUrl(), database.address(), managementPort);
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
        if (telegram != null) {
            telegram.close();
        }
    }
}

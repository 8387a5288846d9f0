package io.vipgate.bootstrap.e2e;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vipgate.telegram.fake.FakeBotApi;
import java.util.Map;

/**
 * Starts a fake Bot API on a random loopback port before Quarkus boots, and points the bot at it; the test resource
 * of every end-to-end profile (e2e and jobs), one application at a time.
 */
public class FakeTelegram implements QuarkusTestResourceLifecycleManager {

    private static volatile FakeBotApi api;

    /** The fake of the application running now. */
    public static FakeBotApi api() {
        return api;
    }

    @Override
    public Map<String, String> start() {
        api = FakeBotApi.start();
        String port = api.baseUrl().substring(api.baseUrl().lastIndexOf(':') + 1);
        return Map.of("vipgate.test.fake-bot-api-port", port);
    }

    @Override
    public void stop() {
        if (api != null) {
            api.close();
        }
    }
}

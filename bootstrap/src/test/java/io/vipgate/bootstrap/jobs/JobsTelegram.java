package io.vipgate.bootstrap.jobs;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vipgate.telegram.fake.FakeBotApi;
import java.util.Map;

/** Starts a fake Bot API before Quarkus boots for the job tests, and points the bot at it. */
public class JobsTelegram implements QuarkusTestResourceLifecycleManager {

    private static volatile FakeBotApi api;

    static FakeBotApi api() {
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

package io.vipgate.bootstrap.e2e;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The bot behind a public URL: Telegram pushes to {@code /telegram/webhook} with the secret. */
public class WebhookMode implements QuarkusTestProfile {

    static final String SECRET = "e2e-webhook-secret_0123456789";
    static final String PUBLIC_URL = "https://vipgate.example.com";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("vipgate.telegram.public-url", PUBLIC_URL, "vipgate.telegram.webhook-secret", SECRET);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeTelegram.class));
    }
}

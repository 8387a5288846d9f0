package io.vipgate.bootstrap.e2e;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The bot without a public URL: it long-polls the fake Bot API. */
public class PollingMode implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeTelegram.class));
    }
}

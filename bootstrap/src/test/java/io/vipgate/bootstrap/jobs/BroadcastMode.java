package io.vipgate.bootstrap.jobs;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.vipgate.bootstrap.e2e.FakeTelegram;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The bot behind a webhook with only the broadcast job running, every second, on a clock the tests move. */
public class BroadcastMode implements QuarkusTestProfile {

    static final Duration LEASE = Duration.ofSeconds(30);

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // any free port: other test runs on this machine hold the default one
                "quarkus.management.test-port", "0",
                "vipgate.telegram.public-url", "https://vipgate.example.com",
                "vipgate.telegram.webhook-secret", JobsMode.SECRET,
                "vipgate.jobs.broadcast-interval", "1s",
                "vipgate.jobs.broadcast.batch-size", "25",
                "vipgate.jobs.broadcast.lease", "30s");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestClock.class);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeTelegram.class));
    }
}

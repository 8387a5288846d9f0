package io.vipgate.bootstrap.jobs;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.vipgate.bootstrap.e2e.FakeTelegram;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bot behind a webhook with the expiry, reminder, free-approval and VIP sweep jobs running every second on a clock the
 * tests move. Broadcasts have their own profile: they need the clock in the future, where everyone would be due.
 */
public class JobsMode implements QuarkusTestProfile {

    static final String SECRET = "jobs-webhook-secret_0123456789";
    static final Duration RETRY_DELAY = Duration.ofMinutes(1);
    static final Duration LEASE = Duration.ofMinutes(5);

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // any free port: other test runs on this machine hold the default one
                "quarkus.management.test-port", "0",
                "vipgate.telegram.public-url", "https://vipgate.example.com",
                "vipgate.telegram.webhook-secret", SECRET,
                "vipgate.jobs.expiry-interval", "1s",
                "vipgate.jobs.reminder-interval", "1s",
                "vipgate.jobs.free-approval-interval", "1s",
                "vipgate.jobs.sweep-interval", "1s",
                "vipgate.jobs.retry-delay", "1m",
                "vipgate.jobs.lease", "5m");
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

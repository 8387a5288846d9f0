package io.vipgate.bootstrap.jobs;

import io.vipgate.application.fakes.MutableClock;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * The application's clock in the job tests, which move it instead of waiting: enabled by their profiles only.
 * It starts in 1971, where no other test's rows are due ({@code FarTimes.past()} is later), so that the jobs
 * running at start touch nothing.
 */
@Alternative
@Singleton
public class TestClock extends MutableClock {

    private static final Instant START = Instant.parse("1971-01-01T00:00:00Z");

    public TestClock() {
        super(START);
    }
}

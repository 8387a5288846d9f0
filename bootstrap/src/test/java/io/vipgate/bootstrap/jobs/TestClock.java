package io.vipgate.bootstrap.jobs;

import io.vipgate.application.fakes.MutableClock;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The application's clock in the job tests, which move it instead of waiting: enabled by their profiles only.
 * It starts in 1971, where no other test's rows are due, so that the jobs running at start touch nothing.
 */
@Alternative
@Singleton
public class TestClock extends MutableClock {

    private static final Instant START = Instant.parse("1971-01-01T00:00:00Z");

    public TestClock() {
        super(START);
    }

    /** A random whole second in 1972-1999: due work there is only ever other job tests'. */
    static Instant pastRegion() {
        return random(Instant.parse("1972-01-01T00:00:00Z"));
    }

    /** A random whole second in the year 200000 or the 27 after: nobody but broadcast tests is subscribed there. */
    static Instant futureRegion() {
        return random(Instant.parse("+200000-01-01T00:00:00Z"));
    }

    private static Instant random(Instant from) {
        return from.plusSeconds(ThreadLocalRandom.current().nextLong(0, 28L * 365 * 86_400))
                .truncatedTo(ChronoUnit.SECONDS);
    }
}

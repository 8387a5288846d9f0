package io.vipgate.application.contract;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Instants for contracts whose port looks at every row due "now" (claims, broadcasts, active counts), so that on a
 * shared database a test's own rows are the only ones in play. Work due up to "now" is looked for in a random
 * moment of the far past; "everyone active now" in a random moment of the far future, where nobody else is
 * subscribed. The future here is the year 100000: before the broadcast tests' year 200000 (JobTimes, TestClock), so
 * that no subscription a contract leaves active counts in their exact tallies, and past anything near the real now.
 * Whole seconds, as PostgreSQL and Java then agree to the digit.
 */
final class Moments {

    private static final Instant PAST = Instant.parse("1971-01-01T00:00:00Z");
    private static final Instant FUTURE = Instant.parse("+100000-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = 28L * 365 * 86_400;

    private Moments() {}

    static Instant past() {
        return random(PAST);
    }

    static Instant future() {
        return random(FUTURE);
    }

    private static Instant random(Instant from) {
        return from.plusSeconds(ThreadLocalRandom.current().nextLong(0, SPAN_SECONDS))
                .truncatedTo(ChronoUnit.SECONDS);
    }
}

package io.vipgate.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Instants for job tests on the shared database. Due work is looked for up to "now", so expiry, reminder and
 * approval tests live in a random moment of the far past, where only rows of earlier job tests are due; broadcasts
 * go to everyone active at "now", so broadcast tests live in a random moment of the far future, where nobody else
 * is still subscribed. Either way the rows of other tests, which live around the real now, never take part.
 */
public final class JobTimes {

    private static final Instant PAST = Instant.parse("1971-01-01T00:00:00Z");
    /** Past any date another test (or a 3650-day grant from one) can reach. */
    private static final Instant FUTURE = Instant.parse("+200000-01-01T00:00:00Z");

    private static final long SPAN_SECONDS = 28L * 365 * 86_400;

    private JobTimes() {}

    public static Instant past() {
        return random(PAST);
    }

    public static Instant future() {
        return random(FUTURE);
    }

    private static Instant random(Instant from) {
        return from.plusSeconds(ThreadLocalRandom.current().nextLong(0, SPAN_SECONDS))
                .truncatedTo(ChronoUnit.SECONDS);
    }
}

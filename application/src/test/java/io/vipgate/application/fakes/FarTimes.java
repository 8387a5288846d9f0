package io.vipgate.application.fakes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random moments for tests on the one database every module's tests share, each region far from the real now and
 * from the others, so that a test's own rows are the only ones in play. Work due up to "now" (expiry, reminders,
 * approvals, claims) is looked for in the far past, where only rows of other such tests are due. "Everyone active
 * now" is looked for in a far future where nobody else is subscribed: the broadcast tests, which count recipients
 * exactly, and the port contracts each have their own, the contracts' earlier, so that a subscription a contract
 * leaves active never counts in a broadcast. Whole seconds, as PostgreSQL and Java then agree to the digit.
 */
public final class FarTimes {

    /** After 1971-01-01, where the job tests' clock starts: nothing here is due at that start. */
    private static final Instant PAST = Instant.parse("1972-01-01T00:00:00Z");
    /** Past any date another test (or a 3650-day grant from one) can reach. */
    private static final Instant CONTRACTS = Instant.parse("+100000-01-01T00:00:00Z");

    private static final Instant BROADCASTS = Instant.parse("+200000-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = 28L * 365 * 86_400;

    private FarTimes() {}

    public static Instant past() {
        return random(PAST);
    }

    public static Instant contractFuture() {
        return random(CONTRACTS);
    }

    public static Instant broadcastFuture() {
        return random(BROADCASTS);
    }

    private static Instant random(Instant from) {
        return from.plusSeconds(ThreadLocalRandom.current().nextLong(0, SPAN_SECONDS))
                .truncatedTo(ChronoUnit.SECONDS);
    }
}

package io.vipgate.telegram.client;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A 429 with {@code retry_after} holds every call of this process that acts on a chat, not only the one that got it:
 * the others would only earn more 429s and a longer wait. The deadline only ever moves later.
 */
final class FloodPause {

    private final AtomicLong until = new AtomicLong(System.nanoTime());

    /** Holds calls for {@code wait} from now; true when this starts a pause or makes one longer. */
    boolean holdFor(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        long before = until.getAndAccumulate(deadline, (current, next) -> next - current > 0 ? next : current);
        return deadline - before > 0;
    }

    /** What is left of the pause; zero when sends may go. */
    Duration remaining() {
        long left = until.get() - System.nanoTime();
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }
}

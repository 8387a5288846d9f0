package io.vipgate.application.user;

import io.vipgate.application.user.port.out.UserRepository;
import io.vipgate.domain.user.BotUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Skips the sender upsert that every update runs when this process wrote exactly the same user moments ago: for
 * a user who writes again it changes nothing, yet it was most of the database's work per update (bench/run).
 * A user this process marks unreachable is forgotten at once, so that their next message writes again; a mark
 * made by another replica is undone by their first message after {@code memory} has passed.
 *
 * <p>Each user is remembered for between half of {@code memory} and all of it, a share fixed by their id: users
 * first seen together (after a start, a broadcast) then fall due one by one instead of all at once, which made every
 * update of the next few seconds write and stalled the webhook (side-by-side.sh: p99 at 2,000/s of 250-440 ms).
 */
public final class RememberingUserRepository implements UserRepository {

    private static final int MAX_REMEMBERED = 100_000;

    /** {@code user} as this process last wrote them, taken as unchanged until {@code until}. */
    private record Written(BotUser user, Instant until) {}

    private final UserRepository users;
    private final Clock clock;
    private final Duration memory;
    private final Map<Long, Written> recent = new ConcurrentHashMap<>();

    public RememberingUserRepository(UserRepository users, Clock clock, Duration memory) {
        this.users = users;
        this.clock = clock;
        this.memory = memory;
    }

    @Override
    public CompletionStage<Void> upsert(BotUser user) {
        Instant now = clock.instant();
        Written last = recent.get(user.id());
        if (last != null && last.user().equals(user) && now.isBefore(last.until())) {
            return CompletableFuture.completedFuture(null);
        }
        return users.upsert(user).thenRun(() -> remember(user, now));
    }

    @Override
    public CompletionStage<Optional<BotUser>> find(long userId) {
        return users.find(userId);
    }

    @Override
    public CompletionStage<Void> markUnreachable(long userId) {
        recent.remove(userId);
        // Again afterwards: an upsert that was running meanwhile may have remembered the user as reachable.
        return users.markUnreachable(userId).whenComplete((done, failure) -> recent.remove(userId));
    }

    /** From half of {@code memory} to all of it, spread evenly over user ids (a multiplicative hash of the id). */
    private Duration lifetime(long userId) {
        long share = (userId * 0x9E3779B97F4A7C15L) >>> 54; // 0..1023
        Duration half = memory.dividedBy(2);
        return half.plus(half.multipliedBy(share).dividedBy(1023));
    }

    private void remember(BotUser user, Instant at) {
        if (recent.size() >= MAX_REMEMBERED) {
            recent.clear();
        }
        recent.put(user.id(), new Written(user, at.plus(lifetime(user.id()))));
    }
}

package io.vipgate.application.fakes;

import io.vipgate.application.update.port.out.UpdateClaim;
import io.vipgate.application.update.port.out.UpdateLog;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Update claims in a map: the moment each id was first taken in, and who holds it since when, or done. */
public final class InMemoryUpdateLog implements UpdateLog {

    /** One claim: {@code owner} is empty once done. */
    public record Entry(Instant firstSeen, Optional<String> owner, Instant claimedAt) {}

    private final Map<Long, Entry> entries = new HashMap<>();
    private final Clock clock;

    /** An update log whose marks for ids it never claimed are first seen at the system clock's now. */
    public InMemoryUpdateLog() {
        this(Clock.systemUTC());
    }

    /** {@code clock} stands for the database's {@code now()}, which a done mark of an unclaimed id is stamped with. */
    public InMemoryUpdateLog(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized CompletionStage<UpdateClaim> claim(
            long updateId, String owner, Instant now, Instant staleBefore) {
        Entry entry = entries.get(updateId);
        if (entry == null) {
            entries.put(updateId, new Entry(now, Optional.of(owner), now));
            return CompletableFuture.completedFuture(UpdateClaim.CLAIMED);
        }
        if (entry.owner().isEmpty()) {
            return CompletableFuture.completedFuture(UpdateClaim.DONE);
        }
        if (entry.owner().get().equals(owner) || entry.claimedAt().isBefore(staleBefore)) {
            entries.put(updateId, new Entry(entry.firstSeen(), Optional.of(owner), now));
            return CompletableFuture.completedFuture(UpdateClaim.CLAIMED);
        }
        return CompletableFuture.completedFuture(UpdateClaim.BUSY);
    }

    @Override
    public synchronized CompletionStage<Void> done(long updateId) {
        // An upsert, as in PostgreSQL: the claim may have been taken in Redis, which failed before the update was done.
        Instant now = clock.instant();
        entries.merge(
                updateId,
                new Entry(now, Optional.empty(), now),
                (entry, ignored) -> new Entry(entry.firstSeen(), Optional.empty(), entry.claimedAt()));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<Void> release(long updateId, String owner) {
        Entry entry = entries.get(updateId);
        if (entry != null && entry.owner().filter(owner::equals).isPresent()) {
            entries.remove(updateId);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public synchronized CompletionStage<Long> forgetBefore(Instant cutoff) {
        long before = entries.size();
        entries.values().removeIf(entry -> entry.firstSeen().isBefore(cutoff));
        return CompletableFuture.completedFuture(before - entries.size());
    }

    public synchronized Optional<Instant> firstSeen(long updateId) {
        return Optional.ofNullable(entries.get(updateId)).map(Entry::firstSeen);
    }

    public synchronized Optional<Entry> entry(long updateId) {
        return Optional.ofNullable(entries.get(updateId));
    }
}

package io.vipgate.persistence.update;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.vipgate.application.update.port.out.UpdateClaim;
import io.vipgate.application.update.port.out.UpdateLog;
import io.vipgate.persistence.support.ReactiveWork;
import io.vipgate.persistence.support.SingleStatements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionStage;

/** {@code update_id} claims in PostgreSQL: the fallback when Redis is absent or down. */
@ApplicationScoped
@Typed(PostgresUpdateLogAdapter.class)
public class PostgresUpdateLogAdapter implements UpdateLog {

    /**
     * Insert, or take over a claim not done that is the owner's own or stale; the conflicting row is locked by
     * ON CONFLICT, so of two deliveries taking over one wins. When nothing was taken, the row tells done from busy
     * (no row visible: another delivery inserted it a moment ago, so it is busy).
     */
    private static final String CLAIM = """
            WITH taken AS (
                INSERT INTO processed_update AS p (update_id, received_at, claimed_by, claimed_at, done)
                VALUES (?1, ?2, ?3, ?2, false)
                ON CONFLICT (update_id) DO UPDATE SET claimed_by = EXCLUDED.claimed_by, claimed_at = EXCLUDED.claimed_at
                WHERE NOT p.done AND (p.claimed_by = EXCLUDED.claimed_by OR p.claimed_at < ?4)
                RETURNING 1)
            SELECT CASE WHEN EXISTS (SELECT 1 FROM taken) THEN 'CLAIMED'
                        WHEN (SELECT done FROM processed_update WHERE update_id = ?1) THEN 'DONE'
                        ELSE 'BUSY' END""";
    /**
     * Many ids at once (see {@link DoneMarks}); an upsert, since the claim may have been taken in Redis, which
     * failed before the update was done.
     */
    private static final String DONE = """
            INSERT INTO processed_update (update_id, received_at, done) SELECT id, now(), true FROM unnest(?1::bigint[]) AS id
            ON CONFLICT (update_id) DO UPDATE SET done = true""";

    private static final String FORGET = "DELETE FROM processed_update WHERE received_at < ?1";
    private static final String RELEASE =
            "DELETE FROM processed_update WHERE update_id = ?1 AND claimed_by = ?2 AND NOT done";

    private final ReactiveWork work;
    private final SingleStatements statements;
    private final DoneMarks doneMarks;

    PostgresUpdateLogAdapter(ReactiveWork work, SingleStatements statements) {
        this.work = work;
        this.statements = statements;
        this.doneMarks = new DoneMarks(ids -> statements.update(DONE, (Object) ids));
    }

    /** Runs for every update without Redis: one statement, atomic alone, so it skips the session and transaction. */
    @Override
    public CompletionStage<UpdateClaim> claim(long updateId, String owner, Instant now, Instant staleBefore) {
        return statements
                .text(CLAIM, updateId, now.atOffset(ZoneOffset.UTC), owner, staleBefore.atOffset(ZoneOffset.UTC))
                .thenApply(UpdateClaim::valueOf);
    }

    @Override
    public CompletionStage<Void> done(long updateId) {
        return doneMarks.mark(updateId);
    }

    @Override
    public CompletionStage<Void> release(long updateId, String owner) {
        return statements.update(RELEASE, updateId, owner).thenApply(deleted -> null);
    }

    @Override
    public CompletionStage<Long> forgetBefore(Instant cutoff) {
        return work.run(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(FORGET)
                        .setParameter(1, cutoff)
                        .executeUpdate()
                        .map(Integer::longValue))));
    }
}

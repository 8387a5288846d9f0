package io.vipgate.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.vipgate.application.update.port.out.UpdateLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionStage;

/** {@code update_id} de-duplication in PostgreSQL: the fallback when Redis is absent or down. */
@ApplicationScoped
@Typed(PostgresUpdateLogAdapter.class)
public class PostgresUpdateLogAdapter implements UpdateLog {

    private static final String CLAIM =
            "INSERT INTO processed_update (update_id, received_at) VALUES (?1, ?2) ON CONFLICT (update_id) DO NOTHING";
    private static final String FORGET = "DELETE FROM processed_update WHERE received_at < ?1";
    private static final String RELEASE = "DELETE FROM processed_update WHERE update_id = ?1";

    private final ReactiveWork work;
    private final SingleStatements statements;

    PostgresUpdateLogAdapter(ReactiveWork work, SingleStatements statements) {
        this.work = work;
        this.statements = statements;
    }

    /** Runs for every update without Redis: one statement, atomic alone, so it skips the session and transaction. */
    @Override
    public CompletionStage<Boolean> firstDelivery(long updateId, Instant now) {
        return statements.update(CLAIM, updateId, now.atOffset(ZoneOffset.UTC)).thenApply(inserted -> inserted == 1);
    }

    @Override
    public CompletionStage<Void> release(long updateId) {
        return statements.update(RELEASE, updateId).thenApply(deleted -> null);
    }

    @Override
    public CompletionStage<Long> forgetBefore(Instant cutoff) {
        return work.run(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(FORGET)
                .setParameter(1, cutoff)
                .executeUpdate()
                .map(Integer::longValue))));
    }
}

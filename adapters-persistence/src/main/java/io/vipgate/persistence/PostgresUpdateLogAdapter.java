package io.vipgate.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.vipgate.application.port.out.UpdateLog;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** {@code update_id} de-duplication in PostgreSQL: the fallback when Redis is absent or down. */
@ApplicationScoped
public class PostgresUpdateLogAdapter implements UpdateLog {

    private static final String CLAIM =
            "INSERT INTO processed_update (update_id, received_at) VALUES (?1, ?2) ON CONFLICT (update_id) DO NOTHING";
    private static final String FORGET = "DELETE FROM processed_update WHERE received_at < ?1";
    private static final String RELEASE = "DELETE FROM processed_update WHERE update_id = ?1";

    private final ReactiveWork work;

    PostgresUpdateLogAdapter(ReactiveWork work) {
        this.work = work;
    }

    @Override
    public CompletionStage<Boolean> firstDelivery(long updateId, Instant now) {
        return work.run(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(CLAIM)
                .setParameter(1, updateId)
                .setParameter(2, now)
                .executeUpdate()
                .map(inserted -> inserted == 1))));
    }

    @Override
    public CompletionStage<Void> release(long updateId) {
        return work.run(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(RELEASE)
                .setParameter(1, updateId)
                .executeUpdate()
                .replaceWithVoid())));
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

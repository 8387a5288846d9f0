package io.vipgate.persistence.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.vipgate.application.stats.port.in.BotStats;
import io.vipgate.application.stats.port.out.StatsRepository;
import io.vipgate.persistence.support.ReactiveWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/** The counts behind {@code /stats}, in one round trip. */
@ApplicationScoped
@Typed(PostgresStatsAdapter.class)
public class PostgresStatsAdapter implements StatsRepository {

    private static final Duration SOON = Duration.ofDays(7);
    private static final String COUNTS = """
            SELECT
              (SELECT count(*) FROM subscription WHERE status = 'ACTIVE' AND expires_at > ?1),
              (SELECT count(*) FROM subscription WHERE status = 'ACTIVE' AND expires_at > ?1 AND expires_at <= ?2),
              (SELECT count(*) FROM invitation_token),
              (SELECT count(*) FROM subscription_history WHERE kind = 'REDEEMED'),
              (SELECT count(*) FROM free_join_request WHERE status = 'PENDING'),
              (SELECT count(*) FROM free_join_request WHERE status = 'APPROVED')
            """;

    private final ReactiveWork work;

    PostgresStatsAdapter(ReactiveWork work) {
        this.work = work;
    }

    @Override
    public CompletionStage<BotStats> stats(Instant now) {
        return work.run(() -> Panache.withSession(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(COUNTS, Object[].class)
                        .setParameter(1, now)
                        .setParameter(2, now.plus(SOON))
                        .getSingleResult()
                        .map(row -> new BotStats(
                                count(row[0]),
                                count(row[1]),
                                count(row[2]),
                                count(row[3]),
                                count(row[4]),
                                count(row[5]))))));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}

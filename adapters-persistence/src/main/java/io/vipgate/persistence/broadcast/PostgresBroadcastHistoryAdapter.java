package io.vipgate.persistence.broadcast;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.vipgate.application.dashboard.port.in.BroadcastRow;
import io.vipgate.application.dashboard.port.out.BroadcastHistory;
import io.vipgate.persistence.support.Instants;
import io.vipgate.persistence.support.NativeSql;
import io.vipgate.persistence.support.ReactiveWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The latest broadcasts with their recipients counted by outcome, in one query. */
@ApplicationScoped
@Typed(PostgresBroadcastHistoryAdapter.class)
public class PostgresBroadcastHistoryAdapter implements BroadcastHistory {

    private static final String LATEST = """
            SELECT b.id, b.admin_id, left(b.text, 80), b.status, b.created_at, b.total,
                   count(*) FILTER (WHERE r.status = 'SENT'),
                   count(*) FILTER (WHERE r.status = 'BLOCKED'),
                   count(*) FILTER (WHERE r.status = 'FAILED')
            FROM (SELECT * FROM broadcast ORDER BY id DESC LIMIT ?1) b
            LEFT JOIN broadcast_recipient r ON r.broadcast_id = b.id
            GROUP BY b.id, b.admin_id, b.text, b.status, b.created_at, b.total
            ORDER BY b.id DESC
            """;

    private final ReactiveWork work;

    PostgresBroadcastHistoryAdapter(ReactiveWork work) {
        this.work = work;
    }

    @Override
    public CompletionStage<List<BroadcastRow>> latest(int limit) {
        return work.run(() -> Panache.withSession(() -> NativeSql.list(Object[].class, LATEST, limit)
                .map(rows -> rows.stream()
                        .map(row -> new BroadcastRow(
                                NativeSql.number(row[0]),
                                NativeSql.number(row[1]),
                                (String) row[2],
                                (String) row[3],
                                Instants.of(row[4]),
                                NativeSql.number(row[5]),
                                NativeSql.number(row[6]),
                                NativeSql.number(row[7]),
                                NativeSql.number(row[8])))
                        .toList())));
    }
}

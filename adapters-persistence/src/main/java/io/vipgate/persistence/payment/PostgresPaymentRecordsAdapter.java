package io.vipgate.persistence.payment;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.vipgate.application.dashboard.port.in.PaymentRow;
import io.vipgate.application.dashboard.port.out.PaymentRecords;
import io.vipgate.persistence.support.Instants;
import io.vipgate.persistence.support.NativeSql;
import io.vipgate.persistence.support.ReactiveWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The Stars payments with their plans' titles, for the dashboard's list and export. */
@ApplicationScoped
@Typed(PostgresPaymentRecordsAdapter.class)
public class PostgresPaymentRecordsAdapter implements PaymentRecords {

    private static final String SELECT = """
            SELECT p.id, p.charge_id, p.user_id, pl.title, p.amount, p.kind, p.state, p.paid_at, p.refunded_at
            FROM payment p JOIN plan pl ON pl.id = p.plan_id
            """;

    private final ReactiveWork work;

    PostgresPaymentRecordsAdapter(ReactiveWork work) {
        this.work = work;
    }

    @Override
    public CompletionStage<List<PaymentRow>> newest(int offset, int limit) {
        return rows(SELECT + " ORDER BY p.paid_at DESC, p.id DESC OFFSET ?1 LIMIT ?2", offset, limit);
    }

    @Override
    public CompletionStage<Long> count() {
        return work.run(() -> Panache.withSession(() -> NativeSql.list(Object.class, "SELECT count(*) FROM payment")
                .map(rows -> NativeSql.number(rows.getFirst()))));
    }

    @Override
    public CompletionStage<List<PaymentRow>> after(long paymentId, int limit) {
        return rows(SELECT + " WHERE p.id > ?1 ORDER BY p.id LIMIT ?2", paymentId, limit);
    }

    private CompletionStage<List<PaymentRow>> rows(String sql, Object... parameters) {
        return work.run(() -> Panache.withSession(() -> NativeSql.list(Object[].class, sql, parameters)
                .map(rows ->
                        rows.stream().map(PostgresPaymentRecordsAdapter::row).toList())));
    }

    private static PaymentRow row(Object[] row) {
        return new PaymentRow(
                NativeSql.number(row[0]),
                (String) row[1],
                NativeSql.number(row[2]),
                (String) row[3],
                NativeSql.number(row[4]),
                (String) row[5],
                (String) row[6],
                Instants.of(row[7]),
                Instants.optional(row[8]));
    }
}
